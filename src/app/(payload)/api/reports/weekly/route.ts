import config from '@payload-config'
import { createLocalReq, getPayload } from 'payload'

import { withMetrics } from '../../../../../ops/withMetrics'
import { parseRange, RangeError400, type DateRange } from '../../../../../reporting/indicators/range'
import { dashboardScope } from '../../../../../reporting/indicators/scope'
import { buildReport } from '../../../../../reporting/report/build'
import { lastWeek } from '../../../../../reporting/report/week'

export const dynamic = 'force-dynamic'

const error = (status: number, message: string, field?: string) =>
  Response.json({ errors: [{ message, ...(field ? { field } : {}) }] }, { status, headers: { 'cache-control': 'no-store' } })

/**
 * GET /api/reports/weekly?from=2026-11-23&to=2026-11-29&department=<id> — the weekly report as an
 * HTML file (chart embedded), with the caller's own scope: a department head gets their
 * department's report. Without from/to: last Monday–Sunday (Beijing time).
 */
async function weeklyReport(request: Request): Promise<Response> {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  const q = new URL(request.url).searchParams
  const scope = dashboardScope(user, q.get('department'))
  if (!scope) return error(401, '请先登录 / Login required')
  const now = new Date()
  let range: DateRange
  try {
    range = q.get('from') || q.get('to') ? parseRange({ from: q.get('from'), to: q.get('to') }, now, 7) : lastWeek(now)
  } catch (err) {
    if (err instanceof RangeError400) return error(400, err.message, err.field)
    throw err
  }
  const req = await createLocalReq({ user: user ?? undefined }, payload)
  const report = await buildReport({ payload, req }, scope, range, now, 'download')
  return new Response(report.html, {
    status: 200,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-disposition': `attachment; filename="${report.filename}"; filename*=UTF-8''${encodeURIComponent(`周报-${report.filename}`)}`,
      'cache-control': 'no-store',
    },
  })
}

export const GET = withMetrics(weeklyReport, '/api/reports/weekly')
