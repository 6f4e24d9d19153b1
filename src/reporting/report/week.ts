import { addDays, bjDay, startOfBjDay, type DateRange } from '../indicators/range'

/** When the weekly report goes out: Monday 08:00 Beijing time, for the week that just ended. */
export const SEND_HOUR_BJ = 8

/** 00:00 Beijing time of the Monday of the week `at` falls in. */
export function mondayOf(at: Date): Date {
  const day = startOfBjDay(at)
  const weekday = new Date(day.getTime() + 8 * 3600_000).getUTCDay() // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7))
}

/** The last complete Monday–Sunday week before the week `now` falls in. */
export function lastWeek(now: Date): DateRange {
  const to = mondayOf(now)
  return { from: addDays(to, -7), to }
}

/** Whether this week's report is due: it is Monday 08:00 Beijing time or later in the week. */
export function reportDue(now: Date): boolean {
  return now.getTime() >= mondayOf(now).getTime() + SEND_HOUR_BJ * 3600_000
}

/** The once-only key of one week's report. */
export const weekKey = (week: DateRange) => `weekly-report@${bjDay(week.from)}`
