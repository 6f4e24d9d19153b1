import { normalizeForMatch } from '../text/normalize'

/**
 * Citizens paste whole letters into search boxes; beyond this many characters a query stops
 * adding meaning and only adds cost, so the rest is ignored.
 */
export const MAX_QUERY_CHARS = 100

const HAN = /\p{Script=Han}/u
const HAN_RUN = /\p{Script=Han}+/gu
/** Anything that is not a letter, digit or Han character separates words. */
const SEPARATORS = /[^\p{L}\p{N}\p{Script=Han}]+/gu

export const isHan = (ch: string): boolean => HAN.test(ch)
export const hasHan = (s: string): boolean => HAN.test(s)
export const isLatinWord = (s: string): boolean => /^[a-z]+$/.test(s)

/**
 * The query as the analyzer sees it: folded (full-width, upper case, traditional characters),
 * symbols turned into spaces, at most MAX_QUERY_CHARS characters. Never throws.
 */
export function cleanQuery(raw: unknown): string {
  if (typeof raw !== 'string') return ''
  const folded = normalizeForMatch(raw.slice(0, MAX_QUERY_CHARS * 4))
  // Hyphens inside item codes (11370100MB0000105-GG-003) are kept; other symbols separate words.
  return folded
    .replace(SEPARATORS, (sep, at: number) => (sep === '-' && /[\p{L}\p{N}]/u.test(folded[at - 1] ?? '') && /[\p{L}\p{N}]/u.test(folded[at + 1] ?? '') ? '-' : ' '))
    .trim()
    .replace(/\s+/g, ' ')
    .slice(0, MAX_QUERY_CHARS)
    .trim()
}

/** Folded form used for the index and for finding words in a text again (same length as input). */
export const fold = (s: string): string => normalizeForMatch(s)

/** Runs of Han characters with their offsets. */
export function hanRuns(s: string): Array<{ text: string; start: number }> {
  return [...s.matchAll(HAN_RUN)].map((m) => ({ text: m[0], start: m.index ?? 0 }))
}

/** Title parts: "社会保障卡补换（挂失、补卡、换卡）" -> ["社会保障卡补换", "挂失", "补卡", "换卡"]. */
export function titleParts(title: string): string[] {
  return fold(title)
    .split(/[（）()【】\[\]“”"‘’'、，,；;：:《》\s/]+/)
    .map((p) => p.trim())
    .filter((p) => p.length >= 2)
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
}
