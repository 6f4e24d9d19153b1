import { CHANNEL_KINDS } from '../../../channels/kinds'
import { CATEGORY_LABELS, FEEDBACK_CHANNEL_LABELS, SENTIMENT_LABELS } from '../../feedback/labels'
import { beijingStamp } from '../../../templates/shared/dates'

/** How the dashboard and the report write numbers, in one place so both always agree. */

/** 0.8754 → '87.5%'; no denominator → '—'. */
export function pct(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return '—'
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`
}

/** Hours as 「2.5小时」, days past 72 h as 「4.0天」. */
export function duration(hours: number | null | undefined): string {
  if (hours === null || hours === undefined || !Number.isFinite(hours)) return '—'
  if (hours >= 72) return `${(hours / 24).toFixed(1)}天`
  return `${hours.toFixed(1)}小时`
}

/** Beijing wall-clock 'YYYY-MM-DD HH:mm'. */
export const bjTime = (iso: string | null | undefined) => beijingStamp(iso) || '—'

export const channelLabel = (c: string) => (FEEDBACK_CHANNEL_LABELS as Record<string, string>)[c] ?? c
export const categoryLabel = (c: string) => (c ? ((CATEGORY_LABELS as Record<string, string>)[c] ?? c) : '未分类')
export const sentimentLabel = (s: string) => (s === 'unknown' ? '未分析' : ((SENTIMENT_LABELS as Record<string, string>)[s] ?? s))
export const channelKindLabel = (k: string) => CHANNEL_KINDS.find((c) => c.value === k)?.label ?? k
