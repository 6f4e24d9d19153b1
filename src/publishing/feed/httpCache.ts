import { createHash } from 'node:crypto'

import { matchesEtag } from './fastPath'
import { etagOfBody } from './pageCache'

/** Named queries a channel client (or a CDN in front of it) can GET by id instead of by text. */
export const PERSISTED_QUERIES: Record<string, string> = {
  channelFeed:
    'query channelFeed($since: String, $limit: Int) { channelFeed(since: $since, limit: $limit) { nextCursor hasMore items { seq key docType action version title etag validFrom validTo body } } }',
  channelItem: 'query channelItem($key: String!) { channelItem(key: $key) { seq key docType action version title etag validFrom validTo body } }',
}

/** sha256 of each persisted query, for Apollo-style `extensions.persistedQuery.sha256Hash`. */
const BY_HASH = new Map(Object.values(PERSISTED_QUERIES).map((q) => [createHash('sha256').update(q).digest('hex'), q]))

type Handler = (request: Request, ctx?: unknown) => Promise<Response>
/** Answers `channelFeed` without GraphQL, or null to let GraphQL answer (fastPath.ts). */
type FastPath = (request: Request, url: URL) => Promise<Response | null>

function problem(status: number, zh: string, en: string): Response {
  return Response.json({ errors: [{ message: `${zh} / ${en}` }] }, { status })
}

/**
 * GET for GraphQL reads: `?id=channelFeed&variables={...}` (or a persisted-query hash) expands to
 * the stored query text; `?query=` passes through. The answer carries a strong ETag of its body,
 * and If-None-Match gets 304 with no body. Answers vary by Authorization (each channel sees only
 * its own deliveries), which the Vary header tells any cache in between. With `fastFeed`, the
 * persisted channelFeed query is first offered to the fast path, which gives the same bytes.
 */
export function cachedGraphQLGet(handler: Handler, fastFeed?: FastPath): Handler {
  return async (request, ctx) => {
    const url = new URL(request.url)
    const id = url.searchParams.get('id')
    let hash: string | undefined
    try {
      hash = JSON.parse(url.searchParams.get('extensions') ?? '{}')?.persistedQuery?.sha256Hash
    } catch {
      return problem(400, 'extensions 不是合法的 JSON', 'extensions is not valid JSON')
    }
    if (id || hash) {
      const query = id ? (Object.hasOwn(PERSISTED_QUERIES, id) ? PERSISTED_QUERIES[id] : undefined) : BY_HASH.get(hash!)
      if (!query) return problem(400, `未知的持久化查询：${id ?? hash}`, `PersistedQueryNotFound: ${id ?? hash}`)
      if (fastFeed && query === PERSISTED_QUERIES.channelFeed) {
        const fast = await fastFeed(request, url)
        if (fast) return fast
      }
      url.searchParams.delete('id')
      url.searchParams.delete('extensions')
      url.searchParams.set('query', query)
    }
    const inner = new Request(url, { method: 'GET', headers: request.headers })
    const res = await handler(inner, ctx)
    if (res.status !== 200) return res
    const body = await res.text()
    const etag = etagOfBody(body)
    const headers = new Headers(res.headers)
    headers.set('ETag', etag)
    headers.set('Cache-Control', 'private, no-cache')
    headers.set('Vary', 'Authorization')
    if (matchesEtag(request.headers.get('if-none-match'), etag)) {
      headers.delete('content-length')
      return new Response(null, { status: 304, headers })
    }
    return new Response(body, { status: 200, headers })
  }
}
