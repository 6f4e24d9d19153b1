import type { Endpoint, Payload, PayloadRequest } from 'payload'

import { CHANNEL_KINDS } from '../../channels/kinds'
import { recordGap } from './gaps'
import { searchService } from './service'

const KINDS = new Set<string>(CHANNEL_KINDS.map((k) => k.value))

/**
 * Records that a citizen saw results for `query` and opened none of them (the page or kiosk
 * reports it when the visitor leaves or searches again). A query with no results at all is
 * recorded by the search itself, so it is not counted twice here.
 */
export async function recordNoClick(payload: Payload, query: string, channel?: string): Promise<boolean> {
  const res = await searchService(payload).search(query, {}, { limit: 1, recordGaps: false })
  if (!res.hits.length) return false
  await recordGap(payload, query, channel, 'no_click')
  return true
}

/**
 * POST /api/search-gaps/no-click {query, channel?}: public, like search itself. A channel client's
 * own kind wins over the body; only known kinds are kept. Answers 204, or 400 for a bad body.
 */
export const noClickEndpoint: Endpoint = {
  path: '/no-click',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    let body: { query?: unknown; channel?: unknown } = {}
    try {
      body = ((await req.json?.()) ?? {}) as typeof body
    } catch {
      return Response.json({ errors: [{ message: '请求体不是合法的 JSON / Request body is not valid JSON' }] }, { status: 400 })
    }
    if (typeof body.query !== 'string' || !body.query.trim()) {
      return Response.json({ errors: [{ message: '缺少 query / query is required', field: 'query' }] }, { status: 400 })
    }
    const user = req.user as { collection?: string; kind?: string } | null
    const claimed = typeof body.channel === 'string' ? body.channel : undefined
    const channel = user?.collection === 'channels' ? user.kind : claimed && KINDS.has(claimed) ? claimed : undefined
    await recordNoClick(req.payload, body.query.slice(0, 400), channel)
    return new Response(null, { status: 204 })
  },
}
