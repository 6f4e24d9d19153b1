import * as chineseDays from 'chinese-days'

// chinese-days is CommonJS: Node's ESM loader (tsx, the CLI) exposes it as a default export only,
// bundlers (Next, vitest) as named exports too. Take whichever this loader gave.
type Lib = { isWorkday: (date: string) => boolean }
const lib: Lib = (chineseDays as unknown as Lib).isWorkday ? (chineseDays as unknown as Lib) : (chineseDays as unknown as { default: Lib }).default
const isWorkday = (date: string): boolean => lib.isWorkday(date)

/**
 * Working time on the official Chinese calendar (国务院办公厅 holiday notices via chinese-days):
 * public holidays are off, make-up Saturdays and Sundays (调休上班) are working days. All clock
 * arithmetic is in Beijing time (UTC+8, no daylight saving), whatever the server's zone.
 */
const BJ = 8 * 3600_000
const DAY = 24 * 3600_000

export interface WorkingHours {
  /** Office opens, hour of day in Beijing time. */
  start: number
  /** Office closes. */
  end: number
}
export const DEFAULT_HOURS: WorkingHours = { start: 9, end: 17 }

/** YYYY-MM-DD of an instant in Beijing. */
export function beijingDate(at: Date): string {
  return new Date(at.getTime() + BJ).toISOString().slice(0, 10)
}

export function isWorkingDay(at: Date): boolean {
  return isWorkday(beijingDate(at))
}

/** The instant of hour `h` (may be fractional) on the Beijing day containing `at`. */
function atBeijingHour(at: Date, h: number): Date {
  const midnight = Math.floor((at.getTime() + BJ) / DAY) * DAY - BJ
  return new Date(midnight + h * 3600_000)
}

const nextBeijingDay = (at: Date): Date => atBeijingHour(new Date(at.getTime() + DAY), 0)

/**
 * `days` whole working days after the day of `from`: the deadline is the close of the Nth working
 * day following receipt (受理当日不计入, the usual reading of 「N个工作日内」).
 */
export function addWorkingDays(from: Date, days: number, hours: WorkingHours = DEFAULT_HOURS): Date {
  let day = from
  let left = Math.max(0, Math.ceil(days))
  if (left === 0) return from
  while (left > 0) {
    day = nextBeijingDay(day)
    if (isWorkingDay(day)) left--
  }
  return atBeijingHour(day, hours.end)
}

/** `h` working hours after `from`, counting only office hours of working days. */
export function addWorkingHours(from: Date, h: number, hours: WorkingHours = DEFAULT_HOURS): Date {
  let left = h * 3600_000
  let cursor = from
  for (let guard = 0; guard < 400; guard++) {
    const open = atBeijingHour(cursor, hours.start)
    const close = atBeijingHour(cursor, hours.end)
    if (isWorkingDay(cursor) && cursor < close) {
      const begin = cursor > open ? cursor : open
      const available = close.getTime() - begin.getTime()
      if (left <= available) return new Date(begin.getTime() + left)
      left -= available
    }
    cursor = nextBeijingDay(cursor)
  }
  throw new Error('working-hours arithmetic ran past 400 days')
}

/** Working time elapsed between two instants, in working hours (for 80% warnings). */
export function workingHoursBetween(from: Date, to: Date, hours: WorkingHours = DEFAULT_HOURS): number {
  if (to <= from) return 0
  let total = 0
  let cursor = from
  for (let guard = 0; guard < 4000 && cursor < to; guard++) {
    if (isWorkingDay(cursor)) {
      const open = atBeijingHour(cursor, hours.start)
      const close = atBeijingHour(cursor, hours.end)
      const begin = Math.max(cursor.getTime(), open.getTime())
      const stop = Math.min(to.getTime(), close.getTime())
      if (stop > begin) total += stop - begin
    }
    cursor = nextBeijingDay(cursor)
  }
  return total / 3600_000
}
