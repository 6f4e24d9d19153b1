import { Jieba } from '@node-rs/jieba'
import { dict } from '@node-rs/jieba/dict.js'

import { fold, hasHan } from './text'

/**
 * Chinese word segmentation with @node-rs/jieba. One Jieba per process: loading the bundled
 * dictionary takes ~0.4 s and ~50 MB, and the user dictionary (item names, department names,
 * citizen phrases) is additive, so sharing it between hubs in one process is harmless.
 */
let jieba: Jieba | null = null
const userWords = new Set<string>()
/** Dictionary words inside a long token; cleared when the dictionary grows. */
const subwordCache = new Map<string, string[]>()
const SUBWORD_CACHE_MAX = 200_000

/**
 * Frequency given to user words: high enough that jieba keeps "食品经营许可" or "社会保障卡" whole,
 * the sub-words are still indexed through subwords().
 */
const USER_WORD_FREQ = 50_000

function engine(): Jieba {
  jieba ??= Jieba.withDict(dict)
  return jieba
}

/** Adds words (2-12 characters, with Han) to the user dictionary; returns how many were new. */
export function addWords(words: Iterable<string>): number {
  const fresh: string[] = []
  for (const raw of words) {
    const w = fold(String(raw ?? '').trim()).replace(/\s+/g, '')
    if (w.length < 2 || w.length > 12 || !hasHan(w) || userWords.has(w)) continue
    userWords.add(w)
    fresh.push(w)
  }
  if (fresh.length) {
    engine().loadDict(Buffer.from(fresh.map((w) => `${w} ${USER_WORD_FREQ}`).join('\n') + '\n'))
    subwordCache.clear()
  }
  return fresh.length
}

export const isUserWord = (w: string): boolean => userWords.has(w)

/** Words of an already folded text, separators dropped, Latin and digits kept as lower case. */
export function segment(text: string): string[] {
  if (!text) return []
  const out: string[] = []
  for (const t of engine().cut(text, false)) {
    const w = t.trim()
    if (w && /[\p{L}\p{N}]/u.test(w)) out.push(w)
  }
  return out
}

/** Dictionary words of two or more characters inside `token` (not the token itself). */
export function subwords(token: string): string[] {
  if (token.length < 3 || !hasHan(token)) return []
  let cached = subwordCache.get(token)
  if (!cached) {
    cached = [...new Set(engine().cutAll(token).filter((w) => w.length >= 2 && w !== token))]
    if (subwordCache.size >= SUBWORD_CACHE_MAX) subwordCache.clear()
    subwordCache.set(token, cached)
  }
  return cached
}

/**
 * The sub-words a query needs: those not inside a longer sub-word ("住房公积金" -> 住房, 公积金;
 * not 公积, 积金). The index holds every sub-word, so the longer one finds the same documents
 * with fewer, more telling terms.
 */
export function outerSubwords(token: string): string[] {
  const all = subwords(token)
  return all.filter((w) => !all.some((o) => o !== w && o.length > w.length && o.includes(w)))
}

/**
 * Index terms of a text: each word plus the dictionary words inside it, so "住房公积金提取" is
 * found by 公积金 and by 提取. Single Han characters are kept only where asked (titles), because
 * elsewhere they match almost everything.
 */
export function indexTokens(text: string, keepSingles = false): string[] {
  const out: string[] = []
  for (const w of segment(fold(text))) {
    if (w.length === 1 && hasHan(w) && !keepSingles) continue
    out.push(w)
    for (const s of subwords(w)) out.push(s)
  }
  return out
}

/** Loads the dictionary now rather than on the first search (start-up warm-up). */
export function warmTokenizer(): void {
  engine()
}
