import { pinyin } from 'pinyin-pro'

import { hanRuns, hasHan } from './text'
import { segment } from './tokenizer'

const cache = new Map<string, string[]>()
const CACHE_MAX = 100_000

/**
 * Toneless pinyin, one syllable per Han character of `han` (which must be Han only). Cached:
 * item names repeat the same runs of characters, and pinyin-pro is the costly part of indexing.
 */
export function syllables(han: string): string[] {
  let s = cache.get(han)
  if (!s) {
    s = pinyin(han, { toneType: 'none', type: 'array', v: true })
    if (cache.size >= CACHE_MAX) cache.clear()
    cache.set(han, s)
  }
  return s
}

/** "社保卡" -> { full: "shebaoka", initials: "sbk" }; Latin and digits are dropped. */
export function pinyinOf(text: string): { full: string; initials: string } {
  let full = ''
  let initials = ''
  for (const run of hanRuns(text)) {
    const s = syllables(run.text)
    full += s.join('')
    initials += s.map((x) => x[0] ?? '').join('')
  }
  return { full, initials }
}

/**
 * Pinyin index terms of a (folded) title: every word's full pinyin and initials, and the whole
 * title's. Pinyin is computed once per run of Han characters (it is the costly part of indexing)
 * and sliced per word.
 */
export function pinyinTerms(title: string): string[] {
  const perChar: string[] = new Array(title.length).fill('')
  for (const run of hanRuns(title)) syllables(run.text).forEach((s, i) => (perChar[run.start + i] = s))
  const out = new Set<string>()
  let cursor = 0
  for (const w of segment(title)) {
    const at = title.indexOf(w, cursor)
    if (at < 0) continue
    cursor = at + w.length
    if (w.length < 2 || !hasHan(w)) continue
    const s = perChar.slice(at, cursor).filter(Boolean)
    out.add(s.join(''))
    out.add(s.map((x) => x[0]).join(''))
  }
  const all = perChar.filter(Boolean)
  if (all.length) out.add(all.join(''))
  if (all.length >= 2) out.add(all.map((x) => x[0]).join(''))
  return [...out].filter((t) => t.length >= 2)
}

/**
 * The words citizens may mean (item names, department names, citizen phrases) indexed by their
 * pinyin: turns kiosk input ("shebaoka", "sbk", "gongjijin tiqu") into Chinese words, and repairs
 * homophone typos (公基金 -> 公积金, 身份正 -> 身份证) by comparing pinyin of query spans.
 */
export class PinyinVocabulary {
  private byFull = new Map<string, Map<string, number>>()
  private byInitials = new Map<string, Map<string, number>>()
  private maxSyllables = 0
  private keys = new Map<string, { full: string; initials: string }>()

  get size(): number {
    return this.byFull.size
  }

  add(word: string, weight = 1): void {
    const known = this.keys.get(word)
    if (known) {
      bump(this.byFull, known.full, word, weight)
      bump(this.byInitials, known.initials, word, weight)
      return
    }
    if (word.length < 2 || word.length > 12 || !/^\p{Script=Han}+$/u.test(word)) return
    const s = syllables(word)
    this.keys.set(word, { full: s.join(''), initials: s.map((x) => x[0]).join('') })
    this.maxSyllables = Math.max(this.maxSyllables, s.length)
    bump(this.byFull, s.join(''), word, weight)
    bump(this.byInitials, s.map((x) => x[0]).join(''), word, weight)
  }

  /** Chinese words for one Latin token: full pinyin, full pinyin split into words, or initials. */
  fromLatin(token: string, max = 3): string[] {
    if (token.length < 2) return []
    const exact = this.byFull.get(token)
    if (exact) return top(exact, max)
    const split = this.splitFull(token)
    if (split) return split
    if (token.length <= 6) {
      const byInit = this.byInitials.get(token)
      if (byInit) return top(byInit, max)
    }
    // A kiosk user still typing: the word whose pinyin starts with what is there.
    if (token.length >= 4) {
      const found = new Map<string, number>()
      for (const [key, words] of this.byFull) {
        if (key.startsWith(token)) for (const [w, n] of words) found.set(w, Math.max(found.get(w) ?? 0, n / key.length))
      }
      if (found.size) return top(found, max)
    }
    return []
  }

  /** "gongjijintiqu" -> ["公积金", "提取"], longest words first; null unless it all splits. */
  private splitFull(token: string): string[] | null {
    const words: string[] = []
    let i = 0
    while (i < token.length) {
      let matched = false
      for (let end = Math.min(token.length, i + this.maxSyllables * 6); end > i + 1; end--) {
        const hit = this.byFull.get(token.slice(i, end))
        if (hit) {
          words.push(top(hit, 1)[0]!)
          i = end
          matched = true
          break
        }
      }
      if (!matched) return null
    }
    return words.length ? words : null
  }

  /**
   * Vocabulary words that sound like a span of the query but are written differently, e.g.
   * 公基金 -> 公积金. Spans that are themselves words are left alone, and a span must start and end
   * where the segmenter cut, so 领失业金 never becomes 零食 + 业金.
   */
  homophones(query: string, isKnownWord: (w: string) => boolean): Array<{ from: string; to: string }> {
    const out: Array<{ from: string; to: string }> = []
    for (const run of hanRuns(query)) {
      const s = syllables(run.text)
      const cuts = new Set([0])
      let at = 0
      for (const w of segment(run.text)) cuts.add((at += w.length))
      for (let i = 0; i < s.length; i++) {
        if (!cuts.has(i)) continue
        for (let len = Math.min(this.maxSyllables, s.length - i); len >= 2; len--) {
          if (!cuts.has(i + len)) continue
          const hit = this.byFull.get(s.slice(i, i + len).join(''))
          if (!hit) continue
          const span = run.text.slice(i, i + len)
          if (!hit.has(span)) {
            if (isKnownWord(span)) continue
            for (const to of top(hit, 2)) out.push({ from: span, to })
          }
          i += len - 1 // written correctly or corrected: go on after it
          break
        }
      }
    }
    return out
  }
}

function bump(map: Map<string, Map<string, number>>, key: string, word: string, weight: number): void {
  if (!key) return
  let words = map.get(key)
  if (!words) map.set(key, (words = new Map()))
  words.set(word, (words.get(word) ?? 0) + weight)
}

function top(words: Map<string, number>, max: number): string[] {
  return [...words.entries()]
    .sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)
    .slice(0, max)
    .map(([w]) => w)
}
