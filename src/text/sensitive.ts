/**
 * Sensitive-word check for the review-before-publish (先审后发) workflow.
 *
 * Terms and text go through the same length-preserving normalisation, so a term
 * entered as 繁體, full-width or upper case matches every variant, and hit
 * positions index straight into the original text.
 */
import { AhoCorasick } from './ahoCorasick'
import { normalizeForMatch } from './normalize'

export interface SensitiveHit {
  /** The term as the admin entered it. */
  term: string
  /** The slice of the original text that matched. */
  matched: string
  path?: string
  label?: string
  /** UTF-16 offsets into the original text; end is exclusive. */
  start: number
  end: number
  /** About 10 chars either side, match wrapped in 【】. */
  context: string
}

export interface SensitiveField {
  path: string
  label?: string
  text: string
}

const CONTEXT_CHARS = 10

export class SensitiveMatcher {
  private readonly automaton: AhoCorasick
  /** normalised term -> first term entered with that normal form */
  private readonly original = new Map<string, string>()

  constructor(terms: string[]) {
    for (const raw of terms) {
      const term = raw.trim()
      if (!term) continue
      const key = normalizeForMatch(term)
      if (!this.original.has(key)) this.original.set(key, term)
    }
    this.automaton = new AhoCorasick([...this.original.keys()])
  }

  /** Number of distinct terms after normalisation and dedupe. */
  get size(): number {
    return this.original.size
  }

  find(text: string): SensitiveHit[] {
    if (!text || this.original.size === 0) return []
    const matches = this.automaton.search(normalizeForMatch(text))
    return dropContained(matches).map(({ pattern, start, end }) => ({
      term: this.original.get(pattern) ?? pattern,
      matched: text.slice(start, end),
      start,
      end,
      context: contextOf(text, start, end),
    }))
  }

  scan(fields: SensitiveField[]): SensitiveHit[] {
    const hits: SensitiveHit[] = []
    for (const { path, label, text } of fields) {
      for (const hit of this.find(text)) {
        hits.push(label === undefined ? { ...hit, path } : { ...hit, path, label })
      }
    }
    return hits
  }
}

/**
 * Sort by position and drop any hit lying inside a longer one (e.g. 法轮 inside
 * 法轮功); partially overlapping hits are all kept.
 */
function dropContained<T extends { start: number; end: number }>(hits: T[]): T[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: T[] = []
  let maxEnd = -1
  for (const hit of sorted) {
    // Anything earlier starts no later; reaching at least as far means it contains us.
    if (hit.end <= maxEnd) continue
    kept.push(hit)
    maxEnd = hit.end
  }
  return kept
}

function contextOf(text: string, start: number, end: number): string {
  let from = Math.max(0, start - CONTEXT_CHARS)
  let to = Math.min(text.length, end + CONTEXT_CHARS)
  // Do not cut a surrogate pair in half.
  if (from > 0 && isLow(text.charCodeAt(from))) from--
  if (to < text.length && isLow(text.charCodeAt(to))) to++
  const flat = (s: string) => s.replace(/\s+/g, ' ')
  return (
    (from > 0 ? '…' : '') +
    flat(text.slice(from, start)) +
    '【' +
    flat(text.slice(start, end)) +
    '】' +
    flat(text.slice(end, to)) +
    (to < text.length ? '…' : '')
  )
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

const MAX_LISTED = 10

/**
 * Short bilingual summary for an API error, e.g.
 * 含有敏感词 / Sensitive words found: 「xx」(标题 title, 第3字 position 3: …【xx】…)
 * Positions are 1-based for humans.
 */
export function formatSensitiveHits(hits: SensitiveHit[]): string {
  if (hits.length === 0) return ''
  const items = hits.slice(0, MAX_LISTED).map((hit) => {
    const where = hit.label ?? hit.path
    const pos = hit.start + 1
    const parts = [where, `第${pos}字 position ${pos}: ${hit.context}`].filter(Boolean)
    return `「${hit.term}」(${parts.join(', ')})`
  })
  const more = hits.length - MAX_LISTED
  const tail = more > 0 ? `; 另有 ${more} 处 / ${more} more` : ''
  return `含有敏感词 / Sensitive words found: ${items.join('; ')}${tail}`
}
