import type { Where } from 'payload'

import { EXCLUDED_STATUSES, GOOD_MIN, SATISFIED_MIN, BAD_MAX } from './cases'
import type { DateRange } from './range'
import type { Id } from './records'

/**
 * Admin list URLs behind every number: `/admin/collections/<slug>?where[or][0][and][0][…]=…`.
 * Filters are written in the shape Payload's list view and its filter builder use (an `or` of
 * `and`s), so the list opens with the filter shown and editable. Numbers no where-filter can
 * express (a response time is a difference of two fields) link to the records by id.
 */

type Leaf = Record<string, Record<string, unknown>>

/** Any and/or tree as an or-of-ands (each leaf holding one field and one operator). */
export function toDnf(where: Where): Leaf[][] {
  const parts: Leaf[][][] = []
  for (const [key, value] of Object.entries(where)) {
    if (key === 'and') {
      let acc: Leaf[][] = [[]]
      for (const w of value as Where[]) {
        const next = toDnf(w)
        acc = acc.flatMap((a) => next.map((n) => [...a, ...n]))
      }
      parts.push(acc)
    } else if (key === 'or') {
      parts.push((value as Where[]).flatMap((w) => toDnf(w)))
    } else {
      parts.push([Object.entries(value as Record<string, unknown>).map(([op, v]) => ({ [key]: { [op]: v } }))])
    }
  }
  // Sibling keys of one object are AND-ed.
  return parts.reduce<Leaf[][]>((acc, p) => acc.flatMap((a) => p.map((n) => [...a, ...n])), [[]])
}

const enc = (s: string) => encodeURIComponent(s)

/** The query string of a where-filter (qs bracket syntax; `in` lists comma-joined to stay short). */
export function whereQuery(where: Where): string {
  const dnf = toDnf(where)
  const out: string[] = []
  dnf.forEach((conj, i) => {
    conj.forEach((leaf, j) => {
      const [field, ops] = Object.entries(leaf)[0]
      const [op, value] = Object.entries(ops)[0]
      const v = Array.isArray(value) ? value.map(String).join(',') : String(value)
      out.push(`where[or][${i}][and][${j}][${enc(field)}][${op}]=${enc(v)}`)
    })
  })
  return out.join('&')
}

export const listUrl = (collection: string, where?: Where) => `/admin/collections/${collection}${where ? `?${whereQuery(where)}` : ''}`
export const docUrl = (collection: string, id: Id) => `/admin/collections/${collection}/${id}`

/** Longest id list put into a URL (about 8 KB with six-digit ids); longer lists link to `fallback`. */
export const MAX_LINK_IDS = 1000

export function idsUrl(collection: string, ids: Id[], fallback?: string): string | null {
  if (!ids.length) return fallback ?? null
  if (ids.length > MAX_LINK_IDS) return fallback ?? listUrl(collection)
  return `/admin/collections/${collection}?where[id][in]=${enc(ids.map(String).join(','))}`
}

const between = (field: string, range: DateRange): Where => ({
  and: [{ [field]: { greater_than_equal: range.from.toISOString() } }, { [field]: { less_than: range.to.toISOString() } }],
})

/** Items counted at all (not spam, not merged). */
export const countedWhere: Where = { status: { not_in: [...EXCLUDED_STATUSES] } }

/** The case rule of cases.ts as a filter: counted, and not closed-without-work. */
export const caseWhere: Where = {
  and: [
    countedWhere,
    { or: [{ status: { not_equals: 'closed' } }, { 'sla.dueAt': { exists: true } }, { 'sla.firstResponseAt': { exists: true } }] },
  ],
}

/** Where-filters of the feedback indicators for one range and department scope. */
export function feedbackLinks(range: DateRange, departments: Id[] | null) {
  const scope: Where[] = departments ? [{ department: { in: departments } }] : []
  const received = between('receivedAt', range)
  const url = (...w: Where[]) => listUrl('feedback', { and: [...scope, ...w] })
  const ratingsWhere = (min: number, max = 5): Where => ({
    or: [
      { and: [received, { kind: { equals: 'rating' } }, { rating: { greater_than_equal: min } }, { rating: { less_than_equal: max } }] },
      { and: [between('returnVisit.visitedAt', range), { 'returnVisit.rating': { greater_than_equal: min } }, { 'returnVisit.rating': { less_than_equal: max } }] },
    ],
  })
  const badRatings: Where[] = [countedWhere, received, { kind: { equals: 'rating' } }, { rating: { less_than_equal: BAD_MAX } }]
  return {
    received: url(countedWhere, received),
    cases: url(caseWhere, received),
    casesBy: (field: string, value: Id | string | null) =>
      url(caseWhere, received, value === null || value === '' ? { [field]: { exists: false } } : { [field]: { equals: value } }),
    closedWithDue: url(caseWhere, between('sla.closedAt', range), { 'sla.dueAt': { exists: true } }),
    ratings: url(countedWhere, ratingsWhere(1)),
    satisfied: url(countedWhere, ratingsWhere(SATISFIED_MIN)),
    good: url(countedWhere, ratingsWhere(GOOD_MIN)),
    ratingLevel: (level: number) => url(countedWhere, ratingsWhere(level, level)),
    badRatings: url(...badRatings),
    badRatingsVisited: url(...badRatings, { 'returnVisit.visitedAt': { exists: true } }),
    rectificationDue: url(countedWhere, between('returnVisit.rectificationDue', range)),
    rectified: url(countedWhere, between('returnVisit.rectificationDue', range), { 'returnVisit.rectifiedAt': { exists: true } }),
    /** A guide's complaints, bad ratings or "not useful" votes in a window. */
    guideSignal: (guide: { id: Id | null; code: string | null }, signal: 'complaints' | 'badRatings' | 'notUseful' | 'all', window: DateRange) => {
      const which: Where = guide.id !== null ? { guide: { equals: guide.id } } : { and: [{ guide: { exists: false } }, { guideCode: { equals: guide.code } }] }
      const kinds: Record<'complaints' | 'badRatings' | 'notUseful', Where> = {
        complaints: { and: [{ kind: { equals: 'message' } }, { 'triage.category': { equals: 'complaint' } }] },
        badRatings: { and: [{ kind: { equals: 'rating' } }, { rating: { less_than_equal: BAD_MAX } }] },
        notUseful: { and: [{ kind: { equals: 'useful' } }, { useful: { equals: false } }] },
      }
      const kind = signal === 'all' ? { or: Object.values(kinds) } : kinds[signal]
      return url(countedWhere, between('receivedAt', window), which, kind)
    },
  }
}

/** Where-filters of the delivery counts per channel. */
export function deliveryLinks(range: DateRange, docFilter: Where | null) {
  const url = (...w: Where[]) => listUrl('deliveries', { and: [...(docFilter ? [docFilter] : []), ...w] })
  const made = between('createdAt', range)
  return {
    channel: (channel: Id, status?: 'delivered' | 'failed' | 'dead' | 'inFlight') =>
      url(made, { channel: { equals: channel } }, status === undefined
        ? { status: { not_equals: 'superseded' } }
        : status === 'inFlight' ? { status: { in: ['queued', 'sending', 'pending'] } } : { status: { equals: status } }),
    publishedTo: (channel: Id) => listUrl('deliveries', { and: [{ channel: { equals: channel } }, { action: { equals: 'publish' } }, { status: { equals: 'delivered' } }] }),
  }
}
