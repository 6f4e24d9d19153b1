import { describe, it, expect } from 'vitest'
import { normalizeForMatch } from '../../../src/text/normalize'

describe('normalizeForMatch', () => {
  it('folds full-width ASCII, ideographic space and upper case', () => {
    expect(normalizeForMatch('ＶＰＮ　Ａｂｃ１２３！')).toBe('vpn abc123!')
    expect(normalizeForMatch('Hello WORLD')).toBe('hello world')
  })

  it('folds traditional Chinese to simplified character by character', () => {
    expect(normalizeForMatch('法輪功')).toBe('法轮功')
    expect(normalizeForMatch('臺灣政務服務中心')).toBe('台湾政务服务中心')
    // Hong Kong and Taiwan variant forms both fold.
    expect(normalizeForMatch('衞生')).toBe('卫生')
    expect(normalizeForMatch('麻痺')).toBe('麻痹')
    expect(normalizeForMatch('看著')).toBe('看着')
  })

  it('leaves simplified text, digits and punctuation untouched', () => {
    const s = '政务服务中心 2024 年第一季度工作报告。什么'
    expect(normalizeForMatch(s)).toBe(s)
  })

  it('always returns a string of the same length, even with astral chars', () => {
    const samples = ['', 'a', '𠀋法輪功𠀋', '嗰度', '😀ＡＢ😀', '\ud800lone', 'x\udc00y', '㗲']
    for (const s of samples) {
      const out = normalizeForMatch(s)
      expect(out.length).toBe(s.length)
    }
  })

  it('drops mappings that would change length (rare chars to astral simplified forms)', () => {
    // 㗲 simplifies to an astral character in OpenCC; it must stay as is.
    expect(normalizeForMatch('㗲')).toBe('㗲')
  })

  it('is position aligned: index i of the output comes from index i of the input', () => {
    const input = 'ＡＢ法輪功cd'
    const out = normalizeForMatch(input)
    const i = out.indexOf('法轮功')
    expect(input.slice(i, i + 3)).toBe('法輪功')
  })
})
