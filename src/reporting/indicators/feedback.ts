import { BAD_MAX, GOOD_MIN, isCase, isCounted, SATISFIED_MIN, validRating } from './cases'
import { bjDay, daysOf, inRange, type DateRange } from './range'
import { count, idOf, rate, type Count, type FeedbackRecord, type Id, type Rate } from './records'

const HOUR = 3600_000

/** First-response buckets in hours: [from, to). */
export const RESPONSE_BUCKETS = [
  { key: '0-1h', label: '1小时内', from: 0, to: 1 },
  { key: '1-4h', label: '1–4小时', from: 1, to: 4 },
  { key: '4-8h', label: '4–8小时', from: 4, to: 8 },
  { key: '8-24h', label: '8–24小时', from: 8, to: 24 },
  { key: '24h+', label: '24小时以上', from: 24, to: Infinity },
] as const
export type BucketKey = (typeof RESPONSE_BUCKETS)[number]['key']

export const SENTIMENTS = ['negative', 'neutral', 'positive', 'unknown'] as const
export type SentimentKey = (typeof SENTIMENTS)[number]

export interface Breakdown<K> {
  key: K
  count: Count
}

export interface FeedbackIndicators {
  /** Every item received in the range except spam and merged, signals (good ratings, votes) included. */
  received: Count
  /** Cases (诉求件) received in the range. */
  cases: Count
  byChannel: Array<Breakdown<string>>
  /** key '' = not categorised yet. */
  byCategory: Array<Breakdown<string>>
  /** key null = not routed yet. */
  byDepartment: Array<Breakdown<Id | null>>
  sentimentTrend: { days: string[]; series: Record<SentimentKey, number[]> }
  topTopics: Array<Breakdown<Id>>
  firstResponse: {
    buckets: Array<Breakdown<BucketKey>>
    /** Cases received in the range without a first response yet. */
    noResponse: Count
    /** Cases received in the range (buckets + noResponse). */
    total: Count
  }
  /** 按时办结率: closed in the range by the deadline / closed in the range with a deadline. */
  onTime: Rate
  /** 满意率: ratings 3–5 / all ratings (好差评 received + return visits made in the range). */
  satisfaction: Rate & { ratings: Record<1 | 2 | 3 | 4 | 5, number>; fromRatings: Count; fromVisits: Count }
  /** 非常满意+满意 (4–5) / all ratings. */
  goodShare: Rate
  /** 差评回访率: bad 好差评 received in the range that were visited / bad 好差评 received in the range. */
  returnVisit: Rate
  /** 整改率: cases whose rectification fell due in the range that were rectified / those cases. */
  rectification: Rate
}

function tally<K>(items: FeedbackRecord[], keyOf: (r: FeedbackRecord) => K): Array<Breakdown<K>> {
  const groups = new Map<string, { key: K; ids: Id[] }>()
  for (const r of items) {
    const key = keyOf(r)
    const g = groups.get(String(key)) ?? { key, ids: [] }
    g.ids.push(r.id)
    groups.set(String(key), g)
  }
  return [...groups.values()]
    .map((g) => ({ key: g.key, count: count(g.ids) }))
    .sort((a, b) => b.count.value - a.count.value || String(a.key).localeCompare(String(b.key)))
}

export function bucketOf(hours: number): BucketKey {
  const h = Math.max(0, hours)
  return RESPONSE_BUCKETS.find((b) => h >= b.from && h < b.to)!.key
}

/** Hours from receipt to the first response (negative clock skew counts as 0). */
export const responseHours = (r: FeedbackRecord): number | null =>
  r.sla?.firstResponseAt ? Math.max(0, (Date.parse(r.sla.firstResponseAt) - Date.parse(r.receivedAt)) / HOUR) : null

/**
 * Feedback indicators for one range, pure: the records may cover more than the range (the loader
 * reads everything that touches it); each indicator picks its own records by its own date.
 */
export function computeFeedbackIndicators(records: FeedbackRecord[], range: DateRange): FeedbackIndicators {
  const counted = records.filter(isCounted)
  const receivedItems = counted.filter((r) => inRange(r.receivedAt, range))
  const cases = receivedItems.filter(isCase)

  const days = daysOf(range)
  const dayIndex = new Map(days.map((d, i) => [d, i]))
  const series = Object.fromEntries(SENTIMENTS.map((s) => [s, days.map(() => 0)])) as Record<SentimentKey, number[]>
  for (const r of cases) {
    const s = (SENTIMENTS as readonly string[]).includes(r.triage?.sentiment ?? '') ? (r.triage!.sentiment as SentimentKey) : 'unknown'
    const i = dayIndex.get(bjDay(r.receivedAt))
    if (i !== undefined) series[s][i] += 1
  }

  const bucketIds = new Map<BucketKey, Id[]>(RESPONSE_BUCKETS.map((b) => [b.key, []]))
  const noResponse: Id[] = []
  for (const r of cases) {
    const h = responseHours(r)
    if (h === null) noResponse.push(r.id)
    else bucketIds.get(bucketOf(h))!.push(r.id)
  }

  const closedWithDue = counted.filter((r) => isCase(r) && inRange(r.sla?.closedAt, range) && !!r.sla?.dueAt)
  const closedOnTime = closedWithDue.filter((r) => Date.parse(r.sla!.closedAt!) <= Date.parse(r.sla!.dueAt!))

  // Ratings: each 好差评 received in the range, and each return-visit rating given in the range.
  const ratingItems = receivedItems.filter((r) => r.kind === 'rating' && validRating(r.rating))
  const visitItems = counted.filter((r) => inRange(r.returnVisit?.visitedAt, range) && validRating(r.returnVisit?.rating))
  const all = [...ratingItems.map((r) => ({ id: r.id, v: r.rating! })), ...visitItems.map((r) => ({ id: r.id, v: r.returnVisit!.rating! }))]
  const levels = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } as Record<1 | 2 | 3 | 4 | 5, number>
  for (const x of all) levels[x.v as 1 | 2 | 3 | 4 | 5] += 1
  const ratingCount = (pick: (v: number) => boolean): Count => {
    const chosen = all.filter((x) => pick(x.v))
    return { value: chosen.length, ids: [...new Set(chosen.map((x) => x.id))] }
  }
  const allRatings = ratingCount(() => true)

  const bad = ratingItems.filter((r) => r.rating! <= BAD_MAX)
  const rectDue = counted.filter((r) => inRange(r.returnVisit?.rectificationDue, range))

  return {
    received: count(receivedItems.map((r) => r.id)),
    cases: count(cases.map((r) => r.id)),
    byChannel: tally(cases, (r) => r.channel),
    byCategory: tally(cases, (r) => r.triage?.category ?? ''),
    byDepartment: tally(cases, (r) => idOf(r.department)),
    sentimentTrend: { days, series },
    topTopics: tally(cases.filter((r) => idOf(r.topic) !== null), (r) => idOf(r.topic)!).slice(0, 10),
    firstResponse: {
      buckets: RESPONSE_BUCKETS.map((b) => ({ key: b.key, count: count(bucketIds.get(b.key)) })),
      noResponse: count(noResponse),
      total: count(cases.map((r) => r.id)),
    },
    onTime: rate(count(closedOnTime.map((r) => r.id)), count(closedWithDue.map((r) => r.id))),
    satisfaction: {
      ...rate(ratingCount((v) => v >= SATISFIED_MIN), allRatings),
      ratings: levels,
      fromRatings: count(ratingItems.map((r) => r.id)),
      fromVisits: count(visitItems.map((r) => r.id)),
    },
    goodShare: rate(ratingCount((v) => v >= GOOD_MIN), allRatings),
    returnVisit: rate(count(bad.filter((r) => !!r.returnVisit?.visitedAt).map((r) => r.id)), count(bad.map((r) => r.id))),
    rectification: rate(count(rectDue.filter((r) => !!r.returnVisit?.rectifiedAt).map((r) => r.id)), count(rectDue.map((r) => r.id))),
  }
}
