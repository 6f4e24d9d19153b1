import { barChart, dayLabel, lineChart, SENTIMENT_COLORS } from '../charts'
import { SENTIMENTS, type FeedbackIndicators } from '../indicators/feedback'
import { sentimentLabel } from '../indicators/format'

/**
 * The chart the weekly mail carries as a PNG: cases per day, stacked by tone; a line per tone when
 * the range is longer than two weeks (a bar per day would leave no room for the day labels).
 */
export const REPORT_CHART_WIDTH = 640
/** PNG pixels: twice the SVG size, sharp on high-density screens and in print. */
export const REPORT_PNG_WIDTH = 1280

export function dailyCasesChart(f: FeedbackIndicators, title = '每日诉求量（按情感倾向）'): string {
  const colors: Record<string, string> = { ...SENTIMENT_COLORS, unknown: '#56B4E9' }
  const series = SENTIMENTS.filter((s) => s !== 'unknown' || f.sentimentTrend.series.unknown.some((v) => v > 0)).map((s) => ({
    name: sentimentLabel(s),
    values: f.sentimentTrend.series[s],
    color: colors[s],
  }))
  if (f.sentimentTrend.days.length > 14) {
    return lineChart({ id: 'report-daily-cases', title, labels: f.sentimentTrend.days, series, unit: '件', width: REPORT_CHART_WIDTH, height: 320 })
  }
  return barChart({
    id: 'weekly-daily-cases',
    title,
    categories: f.sentimentTrend.days.map(dayLabel),
    series,
    mode: 'stacked',
    orientation: 'vertical',
    width: REPORT_CHART_WIDTH,
    height: 320,
    unit: '件',
  })
}
