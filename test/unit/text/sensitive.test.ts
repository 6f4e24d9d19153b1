import { describe, it, expect } from 'vitest'
import { SensitiveMatcher, formatSensitiveHits } from '../../../src/text/sensitive'

describe('SensitiveMatcher', () => {
  it('matches traditional text against a simplified term, and vice versa', () => {
    const hits = new SensitiveMatcher(['法轮功']).find('有人传播法輪功材料')
    expect(hits).toHaveLength(1)
    expect(hits[0]).toMatchObject({ term: '法轮功', matched: '法輪功', start: 4, end: 7 })

    const reverse = new SensitiveMatcher(['法輪功']).find('法轮功')
    expect(reverse.map((h) => [h.term, h.matched])).toEqual([['法輪功', '法轮功']])
  })

  it('matches across full-width / half-width and letter case', () => {
    const m = new SensitiveMatcher(['ＶＰＮ'])
    expect(m.find('下载vpn软件').map((h) => h.matched)).toEqual(['vpn'])
    expect(m.find('下载VPN软件').map((h) => h.matched)).toEqual(['VPN'])
    expect(new SensitiveMatcher(['vpn']).find('翻墙ＶＰＮ').map((h) => h.matched)).toEqual(['ＶＰＮ'])
  })

  it('reports positions in the original text', () => {
    const text = 'ＡＢＣ　关于翻牆軟件的通知'
    const [hit] = new SensitiveMatcher(['翻墙软件']).find(text)
    expect(hit).toBeDefined()
    expect(text.slice(hit!.start, hit!.end)).toBe('翻牆軟件')
    expect(hit!.matched).toBe('翻牆軟件')
    expect(hit!.start).toBe(6)
  })

  it('keeps partial overlaps but drops hits contained in a longer one', () => {
    const m = new SensitiveMatcher(['he', 'she', 'his', 'hers'])
    expect(m.find('ushers').map((h) => [h.term, h.start, h.end])).toEqual([
      ['she', 1, 4],
      ['hers', 2, 6],
    ])
    const zh = new SensitiveMatcher(['法轮', '法轮功', '轮功'])
    expect(zh.find('法轮功').map((h) => h.term)).toEqual(['法轮功'])
  })

  it('has no false positives on clean text', () => {
    const m = new SensitiveMatcher(['法轮功', 'vpn', '赌博'])
    expect(m.find('办事指南：社保卡办理需携带身份证。法 轮 功 v p n')).toEqual([])
    expect(m.find('')).toEqual([])
  })

  it('ignores blank terms and dedupes variants of the same term', () => {
    const m = new SensitiveMatcher(['', '   ', '　', '赌博', '賭博', ' 赌博 ', 'VPN', 'ｖｐｎ'])
    expect(m.size).toBe(2)
    const hits = m.find('网络賭博和VPN')
    expect(hits.map((h) => h.term)).toEqual(['赌博', 'VPN'])
    expect(new SensitiveMatcher([]).find('任何文字')).toEqual([])
  })

  it('builds a context window with the match marked', () => {
    const text = '一二三四五六七八九十甲乙丙丁赌博子丑寅卯辰巳午未申酉戌亥'
    const [hit] = new SensitiveMatcher(['赌博']).find(text)
    expect(hit!.context).toBe('…五六七八九十甲乙丙丁【赌博】子丑寅卯辰巳午未申酉…')
    const [short] = new SensitiveMatcher(['赌博']).find('赌博\n网站')
    expect(short!.context).toBe('【赌博】 网站')
  })

  it('scans several fields and tags hits with path and label', () => {
    const m = new SensitiveMatcher(['赌博'])
    const hits = m.scan([
      { path: 'title', label: '标题 title', text: '关于打击赌博的通知' },
      { path: 'body', text: '无' },
      { path: 'summary', text: '赌博' },
    ])
    expect(hits.map((h) => [h.path, h.label, h.start])).toEqual([
      ['title', '标题 title', 4],
      ['summary', undefined, 0],
    ])
  })

  it('scans 1 MB of text', () => {
    const terms = Array.from({ length: 2000 }, (_, i) => `敏感词${i}号`)
    terms.push('法轮功', 'vpn')
    const m = new SensitiveMatcher(terms)
    const filler = '政务服务中心办理業務，請攜帶身份證件。ABCdef 123　'
    let text = ''
    while (text.length < 1_000_000) text += filler
    text += '法輪功ＶＰＮ敏感詞1999號'
    const hits = m.find(text)
    expect(hits.map((h) => h.matched)).toEqual(['法輪功', 'ＶＰＮ', '敏感詞1999號'])
    expect(hits[0]!.start).toBe(text.length - 14)
    expect(hits[2]!.end).toBe(text.length)
  })
})

describe('formatSensitiveHits', () => {
  it('produces a short bilingual message with 1-based positions', () => {
    const m = new SensitiveMatcher(['赌博'])
    const msg = formatSensitiveHits(m.scan([{ path: 'title', label: '标题 title', text: '打击赌博' }]))
    expect(msg).toBe('含有敏感词 / Sensitive words found: 「赌博」(标题 title, 第3字 position 3: 打击【赌博】)')
  })

  it('falls back to the path, and truncates long lists', () => {
    const m = new SensitiveMatcher(['x'])
    const msg = formatSensitiveHits(m.scan([{ path: 'body', text: 'x'.repeat(12) }]))
    expect(msg).toContain('「x」(body, 第1字 position 1:')
    expect(msg.endsWith('; 另有 2 处 / 2 more')).toBe(true)
    expect(formatSensitiveHits([])).toBe('')
  })
})
