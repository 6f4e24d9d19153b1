/**
 * Dates as citizens read them: Asia/Shanghai, "2026年11月26日", with the time only when it is not
 * midnight (notices are mostly valid from a day, sometimes from an hour). Built from parts so the
 * output does not depend on the ICU version's zh-CN long format.
 */
const PARTS = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

function parts(value: unknown): Record<string, string> | null {
  if (typeof value !== 'string' && !(value instanceof Date)) return null
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return null
  return Object.fromEntries(PARTS.formatToParts(date).map((p) => [p.type, p.value]))
}

/** "2026年11月26日", or "" for a missing or invalid date. */
export function formatDate(value: unknown): string {
  const p = parts(value)
  return p ? `${p.year}年${Number(p.month)}月${Number(p.day)}日` : ''
}

/** "2026年11月26日", or "2026年11月26日 08:30" when the time of day matters. */
export function formatDateTime(value: unknown): string {
  const p = parts(value)
  if (!p) return ''
  const time = `${p.hour}:${p.minute}`
  return time === '00:00' ? formatDate(value) : `${formatDate(value)} ${time}`
}

/** ISO string for a <time datetime> attribute, or null. */
export function isoOrNull(value: unknown): string | null {
  if (typeof value !== 'string' && !(value instanceof Date)) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

/** Beijing wall-clock "2026-11-26 08:30" for tables, mails and exports; "" for a missing or invalid date. */
export function beijingStamp(value: unknown): string {
  if (typeof value !== 'string' && !(value instanceof Date)) return ''
  const t = new Date(value).getTime()
  return Number.isNaN(t) ? '' : new Date(t + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ')
}
