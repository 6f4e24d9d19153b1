import config from '@payload-config'
import { getPayload } from 'payload'

import { bearerAllowed, unauthorized } from '../../../../ops/bearer'
import { CONTENT_TYPE } from '../../../../ops/metrics'
import { scrape } from '../../../../ops/scrape'
import { withMetrics } from '../../../../ops/withMetrics'

export const dynamic = 'force-dynamic'

/** GET /api/metrics — Prometheus text format 0.0.4; with METRICS_TOKEN set, a bearer token is required. */
async function metrics(request: Request): Promise<Response> {
  if (!bearerAllowed(request, process.env.METRICS_TOKEN)) return unauthorized()
  const payload = await getPayload({ config })
  const body = await scrape(payload)
  return new Response(body, { status: 200, headers: { 'content-type': CONTENT_TYPE, 'cache-control': 'no-store' } })
}

export const GET = withMetrics(metrics, '/api/metrics')
