import type { Endpoint, Where } from 'payload'
import { APIError } from 'payload'

import { staffOf } from '../../src/access/principal'
import { exportCasesCsv } from '../../src/feedback/export/csv'

/**
 * GET /api/feedback/export/csv?from=2026-11-01&to=2026-11-30&department=<id> — cases as CSV,
 * masked, limited to what the caller may read.
 */
export const exportEndpoint: Endpoint = {
  path: '/export/csv',
  method: 'get',
  handler: async (req) => {
    if (!staffOf(req.user)) throw new APIError('请先登录 / Login required', 401, null, true)
    const q = req.searchParams
    const and: Where[] = []
    for (const [param, op] of [['from', 'greater_than_equal'], ['to', 'less_than']] as const) {
      const v = q.get(param)
      if (!v) continue
      const at = new Date(v.length === 10 ? `${v}T00:00:00+08:00` : v)
      if (Number.isNaN(at.getTime())) throw new APIError(`日期格式不正确：${param} / ${param} is not a valid date`, 400, { field: param }, true)
      and.push({ receivedAt: { [op]: at.toISOString() } })
    }
    if (q.get('department')) and.push({ department: { equals: q.get('department') } })
    const csv = await exportCasesCsv(req, and.length ? { and } : {})
    return new Response(csv, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="feedback-cases.csv"`,
        'cache-control': 'no-store',
      },
    })
  },
}
