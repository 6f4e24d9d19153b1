/**
 * Notice validity dates. Files say "2026-12-20" and mean a calendar day in the service centre's
 * time zone (Asia/Shanghai, UTC+8 all year, no daylight saving); the hub stores instants.
 * - validFrom "D" = D 00:00 +08:00 (valid from the start of the day);
 * - validTo "D" = (D+1) 00:00 +08:00 (valid through the end of the day; the clock withdraws at that instant).
 * Export reverses this exactly, and writes any other instant as a full datetime with +08:00.
 */

export type DateEdge = 'start' | 'end'

const OFFSET_MS = 8 * 3600_000
const DAY_MS = 24 * 3600_000
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/

/** The instant a file date stands for, or null when the text is not a valid date. */
export function parseInterchangeDate(text: string, edge: DateEdge): Date | null {
  const value = text.trim()
  const m = DATE_ONLY.exec(value)
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
    const utcMidnight = Date.UTC(y, mo - 1, d)
    const check = new Date(utcMidnight)
    // Reject 2026-02-30 and the like, which Date.UTC would roll over silently.
    if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null
    return new Date(utcMidnight - OFFSET_MS + (edge === 'end' ? DAY_MS : 0))
  }
  if (!DATETIME.test(value)) return null
  // A datetime without an offset is local time at the service centre.
  const withZone = /(Z|[+-]\d{2}:?\d{2})$/.test(value) ? value : `${value}+08:00`
  const date = new Date(withZone)
  return Number.isNaN(date.getTime()) ? null : date
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** The file form of a stored instant: date-only when it falls on a Shanghai midnight. */
export function formatInterchangeDate(value: unknown, edge: DateEdge): string | null {
  if (value === null || value === undefined || value === '') return null
  const ms = new Date(value as string | Date).getTime()
  if (Number.isNaN(ms)) return null
  const local = new Date(ms + OFFSET_MS) // UTC fields of this read as Shanghai wall-clock time
  if (ms % DAY_MS === (DAY_MS - OFFSET_MS) % DAY_MS) {
    const day = edge === 'end' ? new Date(local.getTime() - DAY_MS) : local
    return `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`
  }
  const date = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`
  const millis = local.getUTCMilliseconds() ? `.${pad(local.getUTCMilliseconds(), 3)}` : ''
  return `${date}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}${millis}+08:00`
}
