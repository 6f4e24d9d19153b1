import { BAD_MAX, isCounted } from './cases'
import { addDays, inRange, type DateRange } from './range'
import { count, idOf, type Count, type FeedbackRecord, type Id, type SearchGapRecord } from './records'

/** The windows GOV.UK counts "Is this page useful?" over; ours too. */
export const QUALITY_WINDOWS = [7, 30, 90] as const
export type QualityWindow = (typeof QUALITY_WINDOWS)[number]

export interface GuideQualityRow {
  /** The guide's id, or `code:<item code>` when only the code is known. */
  guide: string
  guideId: Id | null
  guideCode: string | null
  complaints: Count
  badRatings: Count
  notUseful: Count
  total: number
}

export interface ContentQuality {
  /** Windows end where the dashboard's range ends. */
  end: string
  windows: Array<{ days: QualityWindow; from: string; rows: GuideQualityRow[] }>
  searchGaps: SearchGapRecord[]
}

const guideKey = (r: FeedbackRecord): string | null => {
  const id = idOf(r.guide)
  if (id !== null) return String(id)
  return r.guideCode ? `code:${r.guideCode}` : null
}

/** What one item says against its guide, if anything. */
export function signalOf(r: FeedbackRecord): 'complaints' | 'badRatings' | 'notUseful' | null {
  if (!isCounted(r)) return null
  if (r.kind === 'rating') return typeof r.rating === 'number' && r.rating <= BAD_MAX ? 'badRatings' : null
  if (r.kind === 'useful') return r.useful === false ? 'notUseful' : null
  return r.triage?.category === 'complaint' ? 'complaints' : null
}

/** Guides ranked by complaints + bad ratings + "not useful" answers within the window. */
export function rankGuides(records: FeedbackRecord[], window: DateRange, limit = 10): GuideQualityRow[] {
  const rows = new Map<string, GuideQualityRow>()
  for (const r of records) {
    const key = guideKey(r)
    const signal = key ? signalOf(r) : null
    if (!key || !signal || !inRange(r.receivedAt, window)) continue
    const row = rows.get(key) ?? {
      guide: key,
      guideId: idOf(r.guide),
      guideCode: r.guideCode ?? null,
      complaints: count(),
      badRatings: count(),
      notUseful: count(),
      total: 0,
    }
    row.guideCode ??= r.guideCode ?? null
    row[signal].ids.push(r.id)
    row[signal].value += 1
    row.total += 1
    rows.set(key, row)
  }
  return [...rows.values()]
    .sort((a, b) => b.total - a.total || b.complaints.value - a.complaints.value || b.badRatings.value - a.badRatings.value || a.guide.localeCompare(b.guide))
    .slice(0, limit)
}

/** Searches without results last seen in the range, most frequent first. */
export function topSearchGaps(gaps: SearchGapRecord[], range: DateRange, limit = 10): SearchGapRecord[] {
  return gaps
    .filter((g) => (g.status ?? 'open') === 'open' && inRange(g.lastSeenAt, range))
    .sort((a, b) => b.count - a.count || a.query.localeCompare(b.query))
    .slice(0, limit)
}

export function computeContentQuality(records: FeedbackRecord[], gaps: SearchGapRecord[], range: DateRange, limit = 10): ContentQuality {
  return {
    end: range.to.toISOString(),
    windows: QUALITY_WINDOWS.map((days) => {
      const window = { from: addDays(range.to, -days), to: range.to }
      return { days, from: window.from.toISOString(), rows: rankGuides(records, window, limit) }
    }),
    searchGaps: topSearchGaps(gaps, range, limit),
  }
}
