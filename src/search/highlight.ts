import { escapeHtml, fold, hasHan } from './text'
import type { SearchDoc } from './types'

const SNIPPET_CHARS = 80

/** Ranges [start, end) where any term occurs in `text` (folded comparison), merged. */
export function matchRanges(text: string, terms: string[]): Array<[number, number]> {
  const folded = fold(text)
  const ranges: Array<[number, number]> = []
  for (const t of terms) {
    if (!t) continue
    for (let at = folded.indexOf(t); at >= 0; at = folded.indexOf(t, at + t.length)) ranges.push([at, at + t.length])
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1])
  const merged: Array<[number, number]> = []
  for (const r of ranges) {
    const last = merged[merged.length - 1]
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1])
    else merged.push([r[0], r[1]])
  }
  return merged
}

/** HTML-escaped text with the ranges wrapped in <mark>. */
export function markHtml(text: string, ranges: Array<[number, number]>): string {
  let out = ''
  let at = 0
  for (const [s, e] of ranges) {
    out += escapeHtml(text.slice(at, s)) + '<mark>' + escapeHtml(text.slice(s, e)) + '</mark>'
    at = e
  }
  return out + escapeHtml(text.slice(at))
}

/**
 * Terms worth marking: Chinese words and Latin words that occur as such in the text. Pinyin
 * terms never occur in Chinese text; longest first so 公积金提取 wins over 公积金.
 */
export function markableTerms(terms: string[]): string[] {
  return [...new Set(terms)].filter((t) => hasHan(t) || /^[a-z0-9]{2,}$/.test(t)).sort((a, b) => b.length - a.length)
}

interface Sentence {
  text: string
  folded: string
}
/** Sentences of a document with their folded form, kept while the document is in the index. */
const sentenceCache = new WeakMap<SearchDoc, Sentence[]>()

function sentences(doc: SearchDoc): Sentence[] {
  let cached = sentenceCache.get(doc)
  if (!cached) {
    const texts = [doc.summary, ...doc.faq, ...doc.materials, ...doc.conditions, doc.body]
    cached = texts
      .flatMap((t) => (t ? t.split(/(?<=[。！？；\n])/) : []))
      .map((s) => s.trim())
      .filter(Boolean)
      .map((text) => ({ text, folded: fold(text) }))
    sentenceCache.set(doc, cached)
  }
  return cached
}

/** The sentence holding most of the matched words, cut to about 80 characters around them. */
export function snippetOf(doc: SearchDoc, terms: string[]): { text: string; html: string } {
  const marks = markableTerms(terms)
  let best = ''
  let bestScore = 0
  for (const s of sentences(doc)) {
    const score = marks.reduce((n, t) => n + (s.folded.includes(t) ? t.length : 0), 0)
    if (score > bestScore) {
      best = s.text
      bestScore = score
    }
  }
  if (!best) best = sentences(doc)[0]?.text ?? ''
  let text = best
  if (text.length > SNIPPET_CHARS) {
    const first = matchRanges(text, marks)[0]?.[0] ?? 0
    const start = Math.max(0, Math.min(first - 20, text.length - SNIPPET_CHARS))
    text = (start > 0 ? '…' : '') + text.slice(start, start + SNIPPET_CHARS) + (start + SNIPPET_CHARS < best.length ? '…' : '')
  }
  return { text, html: markHtml(text, matchRanges(text, marks)) }
}

export function titleHtml(title: string, terms: string[]): string {
  return markHtml(title, matchRanges(title, markableTerms(terms)))
}
