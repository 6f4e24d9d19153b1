/**
 * The plain records the indicators are computed from: what the loaders read (depth 0, only the
 * fields needed), and what a test builds by hand. Relations are ids.
 */
export type Id = number | string

export interface FeedbackRecord {
  id: Id
  caseNo?: string | null
  channel: string
  kind?: 'message' | 'rating' | 'useful' | null
  rating?: number | null
  useful?: boolean | null
  guide?: Id | null
  guideCode?: string | null
  receivedAt: string
  status: string
  department?: Id | null
  topic?: Id | null
  triage?: { sentiment?: string | null; category?: string | null; urgent?: boolean | null } | null
  sla?: {
    dueAt?: string | null
    firstResponseAt?: string | null
    answeredAt?: string | null
    closedAt?: string | null
    escalatedAt?: string | null
  } | null
  returnVisit?: {
    required?: boolean | null
    due?: string | null
    visitedAt?: string | null
    rating?: number | null
    rectificationDue?: string | null
    rectifiedAt?: string | null
  } | null
}

export interface DeliveryRecord {
  id: Id
  docCollection: string
  docId: string
  channel: Id
  channelName?: string | null
  channelKind?: string | null
  action: 'publish' | 'withdraw' | string
  status: string
  createdAt: string
  deliveredAt?: string | null
}

export interface HistoryRecord {
  action: string
  to?: string | null
  at?: string | null
}

/** A guide or notice: its department and workflow history (approvals, imports). */
export interface DocumentRecord {
  id: Id
  collection: 'service-guides' | 'notices'
  title?: string | null
  code?: string | null
  department?: Id | null
  status?: string | null
  createdAt?: string | null
  history: HistoryRecord[]
}

export interface ChannelRecord {
  id: Id
  name: string
  kind: string
  enabled?: boolean | null
  location?: string | null
  lastSeenAt?: string | null
}

export interface SearchGapRecord {
  id: Id
  query: string
  count: number
  noClickCount?: number | null
  lastSeenAt?: string | null
  firstSeenAt?: string | null
  status?: string | null
}

/** How many records, and which (for the link to them). */
export interface Count {
  value: number
  ids: Id[]
}

export interface Rate {
  numerator: Count
  denominator: Count
  /** numerator / denominator, null when there is nothing to divide by. */
  rate: number | null
}

export const count = (ids: Id[] = []): Count => ({ value: ids.length, ids })

export function rate(numerator: Count, denominator: Count): Rate {
  return { numerator, denominator, rate: denominator.value ? numerator.value / denominator.value : null }
}

/** A relation as its id, whether or not it was populated. */
export function idOf(value: unknown): Id | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') return ((value as { id?: Id }).id ?? null) as Id | null
  return value as Id
}
