import type { FeedbackRecord } from './records'

/**
 * Which feedback items the indicators count (docs/indicators.md, 「诉求件」). Kept in one place
 * because supervisors argue about it, and links rebuild the same rule as a where-filter (links.ts).
 */

/** Spam is not a request; merged items live on in the case they were merged into. */
export const EXCLUDED_STATUSES = ['spam', 'merged'] as const

export const isCounted = (r: Pick<FeedbackRecord, 'status'>) => !(EXCLUDED_STATUSES as readonly string[]).includes(r.status)

/**
 * Closed at triage without anybody's work: a 4–5 rating without text, a bare 页面有用 vote. The
 * pipeline closes these with no deadline and no response (src/feedback/pipeline/process.ts).
 */
export const closedWithoutWork = (r: FeedbackRecord) => r.status === 'closed' && !r.sla?.firstResponseAt && !r.sla?.dueAt

/** A case (诉求件): a feedback item that needed handling. */
export const isCase = (r: FeedbackRecord) => isCounted(r) && !closedWithoutWork(r)

/** 好差评 levels counted as satisfied (基本满意及以上) and as satisfied in the strict sense (满意及以上). */
export const SATISFIED_MIN = 3
export const GOOD_MIN = 4
export const BAD_MAX = 2

export const validRating = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5
