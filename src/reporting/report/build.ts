import { svgToPng } from '../charts/png'
import { loadIndicators, type IndicatorSet, type Reader } from '../indicators/load'
import { rangeDays, type DateRange } from '../indicators/range'
import type { DashboardScope } from '../indicators/scope'
import { dailyCasesChart, REPORT_PNG_WIDTH } from './chart'
import { renderReportHtml, renderReportText } from './html'

export const CHART_CID = 'weekly-chart@omnihub'

export interface BuiltReport {
  set: IndicatorSet
  /** For mail: the chart referenced as cid:; for download: embedded as a data: URL. */
  html: string
  text: string
  png: Buffer | null
  filename: string
}

/** Public base URL for links in a mail read outside the admin. */
export const baseUrl = (configured?: string) => (process.env.SERVER_URL || configured || '').replace(/\/$/, '')

/** One report: the indicators read as `reader` within `scope`, rendered for mail or download. */
export async function buildReport(reader: Reader, scope: DashboardScope, range: DateRange, now: Date, mode: 'mail' | 'download'): Promise<BuiltReport> {
  const set = await loadIndicators(reader, scope, range, now)
  const png = set.feedback ? await svgToPng(dailyCasesChart(set.feedback), REPORT_PNG_WIDTH) : null
  const chartSrc = png ? (mode === 'mail' ? `cid:${CHART_CID}` : `data:image/png;base64,${png.toString('base64')}`) : ''
  const base = baseUrl(reader.payload.config.serverURL)
  const html = renderReportHtml(set, { chartSrc, baseUrl: base })
  const { first, last } = rangeDays(range)
  return { set, html, text: renderReportText(set, base), png, filename: `omnihub-report-${first}_${last}.html` }
}
