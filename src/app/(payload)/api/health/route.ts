import config from '@payload-config'
import { getPayload } from 'payload'

import { sharedHealthReport, type HealthScope } from '../../../../ops/health'
import { withMetrics } from '../../../../ops/withMetrics'

export const dynamic = 'force-dynamic'

/**
 * GET /api/health — no login, no secrets: for load balancers and monitors. 200 when every check
 * is ok, 503 when any is degraded. `?scope=instance` checks only the database (see health.ts).
 */
async function health(request: Request): Promise<Response> {
  const scope: HealthScope = new URL(request.url).searchParams.get('scope') === 'instance' ? 'instance' : 'full'
  const payload = await getPayload({ config })
  const report = await sharedHealthReport(payload, scope)
  const status = report.status === 'ok' ? 200 : 503
  if (request.method === 'HEAD') return new Response(null, { status, headers: { 'cache-control': 'no-store' } })
  return Response.json(report, { status, headers: { 'cache-control': 'no-store' } })
}

export const GET = withMetrics(health, '/api/health')
export const HEAD = withMetrics(health, '/api/health')
