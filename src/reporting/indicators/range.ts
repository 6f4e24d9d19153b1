/**
 * Date ranges of the indicators: half-open [from, to) instants, chosen and shown as Beijing
 * calendar days (the centre's working day), whatever the server's time zone.
 */
export interface DateRange {
  from: Date
  /** Exclusive. */
  to: Date
}

const HOUR = 3600_000
export const DAY = 24 * HOUR
const BJ_OFFSET = 8 * HOUR
const DAY_RE = /^\d{4}-\d{2}-\d{2}$/

/** The Beijing calendar day of an instant, 'YYYY-MM-DD'. */
export function bjDay(at: Date | string | number): string {
  return new Date(new Date(at).getTime() + BJ_OFFSET).toISOString().slice(0, 10)
}

/** 00:00 Beijing time of a 'YYYY-MM-DD' day, or null when it is not a real date. */
export function bjMidnight(day: string): Date | null {
  if (!DAY_RE.test(day)) return null
  const at = new Date(`${day}T00:00:00+08:00`)
  return Number.isNaN(at.getTime()) || bjDay(at) !== day ? null : at
}

/** 00:00 Beijing time of the day `at` falls in. */
export function startOfBjDay(at: Date): Date {
  return new Date(Math.floor((at.getTime() + BJ_OFFSET) / DAY) * DAY - BJ_OFFSET)
}

export function addDays(at: Date, days: number): Date {
  return new Date(at.getTime() + days * DAY)
}

/** Calendar months back (or forward) in Beijing time: 6 months before 2026-08-31 is 2026-02-28. */
export function addMonths(at: Date, months: number): Date {
  const bj = new Date(at.getTime() + BJ_OFFSET)
  const day = bj.getUTCDate()
  bj.setUTCDate(1)
  bj.setUTCMonth(bj.getUTCMonth() + months)
  const last = new Date(Date.UTC(bj.getUTCFullYear(), bj.getUTCMonth() + 1, 0)).getUTCDate()
  bj.setUTCDate(Math.min(day, last))
  return new Date(bj.getTime() - BJ_OFFSET)
}

/** The inclusive days of a range as the user picked them: from day … last day. */
export function rangeDays(range: DateRange): { first: string; last: string } {
  return { first: bjDay(range.from), last: bjDay(range.to.getTime() - 1) }
}

/** Every Beijing day of the range, in order (for trends). */
export function daysOf(range: DateRange): string[] {
  const out: string[] = []
  for (let t = startOfBjDay(range.from).getTime(); t < range.to.getTime(); t += DAY) out.push(bjDay(t))
  return out
}

export function inRange(value: string | null | undefined, range: DateRange): boolean {
  if (!value) return false
  const t = Date.parse(value)
  return t >= range.from.getTime() && t < range.to.getTime()
}

/** The longest range the dashboard accepts: a year and a bit, so one page never reads everything. */
export const MAX_RANGE_DAYS = 400
export const DEFAULT_RANGE_DAYS = 30

export class RangeError400 extends Error {
  readonly status = 400
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message)
  }
}

/**
 * `from` and `to` as inclusive Beijing days ('2026-11-01'…'2026-11-30'); the default is the last
 * 30 days including today. Throws a RangeError400 with a bilingual message for a bad input.
 */
export function parseRange(params: { from?: string | null; to?: string | null }, now: Date, defaultDays = DEFAULT_RANGE_DAYS): DateRange {
  const today = startOfBjDay(now)
  const lastDay = params.to ? bjMidnight(params.to) : today
  if (!lastDay) throw new RangeError400('to', '结束日期格式应为 YYYY-MM-DD / to must be a date YYYY-MM-DD')
  const from = params.from ? bjMidnight(params.from) : addDays(lastDay, -(defaultDays - 1))
  if (!from) throw new RangeError400('from', '开始日期格式应为 YYYY-MM-DD / from must be a date YYYY-MM-DD')
  const to = addDays(lastDay, 1)
  if (from >= to) throw new RangeError400('from', '开始日期不能晚于结束日期 / from must not be after to')
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY) {
    throw new RangeError400('from', `统计区间不能超过 ${MAX_RANGE_DAYS} 天 / the range may not exceed ${MAX_RANGE_DAYS} days`)
  }
  return { from, to }
}

/** 「2026年11月1日—11月30日」 */
export function rangeLabel(range: DateRange): string {
  const { first, last } = rangeDays(range)
  const [y1, m1, d1] = first.split('-').map(Number)
  const [y2, m2, d2] = last.split('-').map(Number)
  if (first === last) return `${y1}年${m1}月${d1}日`
  return y1 === y2 ? `${y1}年${m1}月${d1}日—${m2}月${d2}日` : `${y1}年${m1}月${d1}日—${y2}年${m2}月${d2}日`
}
