import { WHOLE_WEIGHT } from '../routing/words'
import { topicTerms } from './terms'

/**
 * Display words of a topic: the terms most of its members share, rarer ones first when an idf is
 * known. A word inside an already chosen one (公积金 in 住房公积金) or containing it adds nothing
 * and is skipped. Codes are shown in capitals (E1023).
 */
export function topKeywords(terms: Map<string, number>, size: number, idf?: (term: string) => number, max = 5): string[] {
  const scored = [...terms]
    // A word needs to be in a good share of the members to speak for the topic.
    .filter(([, w]) => size < 3 || w >= Math.max(1, size * 0.25))
    .map(([t, w]) => [t, w * (idf ? idf(t) : 1) * (1 + 0.15 * Math.min(t.length, 6))] as const)
    .sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]))
  const out: string[] = []
  for (const [piece] of scored) {
    // A piece of a long word (高龄 of 高龄津贴) is shown as the word when most members wrote it whole.
    const w = terms.get(piece)!
    let term = piece
    for (const [o, ow] of terms) if (o.length > term.length && o.includes(piece) && ow >= 0.9 * WHOLE_WEIGHT * w) term = o
    // Issue concepts (#未到账) read as words; codes in capitals.
    const t = term.startsWith('#') ? term.slice(1) : /^[a-z0-9]+$/.test(term) ? term.toUpperCase() : term
    if (out.some((o) => o.includes(t) || t.includes(o))) continue
    out.push(t)
    if (out.length >= max) break
  }
  return out
}

/** Keywords as the short label the admin lists topics by: 医保缴费、未缴费、扣款. */
export const joinLabel = (keywords: string[], max = 3): string => keywords.slice(0, max).join('、') || '（无关键词）'

/**
 * A short Chinese label for a group of feedback, from the segmented words of its members
 * (the same tokens given to TopicIndex.assign).
 */
export function topicLabel(members: string[][], opts: { idf?: (term: string) => number; max?: number } = {}): string {
  const terms = new Map<string, number>()
  for (const tokens of members) for (const [t, w] of topicTerms(tokens)) terms.set(t, (terms.get(t) ?? 0) + w)
  return joinLabel(topKeywords(terms, members.length, opts.idf), opts.max ?? 3)
}
