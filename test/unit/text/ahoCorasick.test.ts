import { describe, it, expect } from 'vitest'
import { AhoCorasick, type AhoCorasickMatch } from '../../../src/text/ahoCorasick'

const sortMatches = (m: AhoCorasickMatch[]) =>
  [...m].sort((a, b) => a.start - b.start || a.end - b.end)

/** Reference: every occurrence of every pattern, found the slow way. */
function naive(patterns: string[], text: string): AhoCorasickMatch[] {
  const out: AhoCorasickMatch[] = []
  for (const pattern of new Set(patterns.filter(Boolean))) {
    for (let i = text.indexOf(pattern); i !== -1; i = text.indexOf(pattern, i + 1)) {
      out.push({ pattern, start: i, end: i + pattern.length })
    }
  }
  return sortMatches(out)
}

describe('AhoCorasick', () => {
  it('finds the classic he/she/his/hers overlaps', () => {
    const ac = new AhoCorasick(['he', 'she', 'his', 'hers'])
    expect(sortMatches(ac.search('ushers'))).toEqual([
      { pattern: 'she', start: 1, end: 4 },
      { pattern: 'he', start: 2, end: 4 },
      { pattern: 'hers', start: 2, end: 6 },
    ])
  })

  it('reports repeated and self-overlapping occurrences', () => {
    const ac = new AhoCorasick(['aa', 'a'])
    expect(sortMatches(ac.search('aaa'))).toEqual(naive(['aa', 'a'], 'aaa'))
    expect(ac.search('aaa')).toHaveLength(5)
  })

  it('has no false positives', () => {
    const ac = new AhoCorasick(['法轮功', 'abc'])
    expect(ac.search('法轮 功 ab c 轮功法 法 轮功')).toEqual([])
    expect(ac.search('')).toEqual([])
  })

  it('ignores empty and duplicate patterns', () => {
    const ac = new AhoCorasick(['', 'x', 'x'])
    expect(ac.size).toBe(1)
    expect(ac.search('xx')).toHaveLength(2)
    expect(new AhoCorasick([]).search('anything')).toEqual([])
  })

  it('works on Chinese and astral characters', () => {
    const ac = new AhoCorasick(['敏感', '感词', '𠀋字'])
    expect(sortMatches(ac.search('这是敏感词和𠀋字'))).toEqual([
      { pattern: '敏感', start: 2, end: 4 },
      { pattern: '感词', start: 3, end: 5 },
      { pattern: '𠀋字', start: 6, end: 9 },
    ])
  })

  it('agrees with a naive scan on random input', () => {
    let seed = 42
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n)
    const word = (len: number) => Array.from({ length: len }, () => 'abc'[rand(3)]).join('')
    for (let round = 0; round < 50; round++) {
      const patterns = Array.from({ length: 1 + rand(8) }, () => word(1 + rand(4)))
      const text = word(rand(60))
      expect(sortMatches(new AhoCorasick(patterns).search(text))).toEqual(naive(patterns, text))
    }
  })
})
