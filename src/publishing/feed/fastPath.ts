import { createHmac } from 'node:crypto'
import type { Payload } from 'payload'
import { headersWithCors } from 'payload'

import { CursorError, decodeCursor } from './cursor'
import { channelFeedBody, etagOfBody, PageCache, type CachedPage } from './pageCache'
import { pageSize, readFeed } from './read'
import { feedStateReader, type FeedState, type FeedStateReader } from './state'

const KEY_PREFIX = 'channels API-Key '
const INT_MAX = 2 ** 31 - 1
const encoder = new TextEncoder()

/** What the fast path did, in this process (tests and diagnostics). */
export const fastFeedStats = { answered: 0, notModified: 0, computed: 0, declined: 0 }

export interface FastFeedOptions {
  /** Use the adapter-neutral reader (local API) even on SQLite: lets tests cover the MongoDB path. */
  localApi?: boolean
  cacheBytes?: number
}

/**
 * The hot path of channel clients: `GET /api/graphql?id=channelFeed` answered without the GraphQL
 * layer. Same key check as Payload (the HMAC index of the API key), same scoping and page as the
 * channelFeed resolver, same bytes. Per request: one indexed query for the caller's channel and
 * the feed state, then a cached serialized page and its ETag, so a 304 is a map lookup.
 *
 * Returns null whenever the answer is not a plain success — no or unknown key, disabled channel,
 * bad or expired cursor, odd variables, a session cookie — and the caller runs the GraphQL path,
 * which produces the exact error answer it always has.
 */
export function channelFeedFastPath(getPayload: () => Promise<Payload>, opts: FastFeedOptions = {}) {
  const cache = new PageCache(opts.cacheBytes)
  const inflight = new Map<string, Promise<CachedPage | null>>()
  const keyIndexes = new Map<string, [string, string]>()

  /** Payload stores HMAC-SHA256 of the key (SHA-1 for keys saved before 3.46) and looks up either. */
  function indexesOf(secret: string, apiKey: string): [string, string] {
    const id = `${secret}\n${apiKey}`
    let idx = keyIndexes.get(id)
    if (!idx) {
      // Bounded: a flood of made-up keys must not grow this map without limit.
      if (keyIndexes.size >= 10_000) keyIndexes.clear()
      idx = [createHmac('sha256', secret).update(apiKey).digest('hex'), createHmac('sha1', secret).update(apiKey).digest('hex')]
      keyIndexes.set(id, idx)
    }
    return idx
  }

  async function fresh(reader: FeedStateReader, page: CachedPage, state: FeedState): Promise<boolean> {
    if (page.floor !== state.floor || page.generation !== state.generation) return false
    if (page.full || page.checkedHead >= state.head) return true
    // The feed moved on: only this channel's new entries matter, and only for a page with room.
    if (await reader.appendedAfter(state.channelId, page.checkedHead)) return false
    page.checkedHead = state.head
    return true
  }

  async function compute(payload: Payload, state: FeedState, since: string | null | undefined, size: number): Promise<CachedPage | null> {
    try {
      const page = await readFeed(payload, state.channelId, since, size)
      const text = channelFeedBody(page)
      return {
        body: encoder.encode(text),
        etag: etagOfBody(text),
        floor: state.floor,
        generation: state.generation,
        checkedHead: state.head,
        full: page.hasMore,
      }
    } catch (err) {
      // Compacted in between: the GraphQL path answers with the error.
      if (err instanceof CursorError) return null
      throw err
    }
  }

  return async function fastChannelFeed(request: Request, url: URL): Promise<Response | null> {
    const res = await answer(request, url)
    if (!res) fastFeedStats.declined += 1
    else if (res.status === 304) fastFeedStats.notModified += 1
    else fastFeedStats.answered += 1
    return res
  }

  async function answer(request: Request, url: URL): Promise<Response | null> {
    const auth = request.headers.get('authorization')
    // A session cookie may authenticate as a user before the key is looked at: leave it to Payload.
    if (!auth?.startsWith(KEY_PREFIX) || request.headers.has('cookie')) return null
    const mediaType = acceptedMediaType(request.headers.get('accept'))
    const vars = feedVariables(url)
    if (!mediaType || !vars) return null
    let after: number
    try {
      after = decodeCursor(vars.since)
    } catch {
      return null
    }
    const payload = await getPayload()
    if (payload.config.graphQL?.disable) return null
    const reader = feedStateReader(payload, opts)
    const state = await reader.read(indexesOf(payload.secret, auth.slice(KEY_PREFIX.length)))
    if (!state?.enabled || (after > 0 && after < state.floor)) return null
    const size = pageSize(vars.limit ?? 100)
    const key = PageCache.key(state.channelId, after, size)
    let page = cache.get(key)
    if (!page || !(await fresh(reader, page, state))) {
      const flight = `${key}|${state.head}|${state.floor}|${state.generation}`
      let pending = inflight.get(flight)
      if (!pending) {
        fastFeedStats.computed += 1
        pending = compute(payload, state, vars.since, size).finally(() => inflight.delete(flight))
        inflight.set(flight, pending)
      }
      const computed = await pending
      if (!computed) return null
      cache.set(key, computed)
      page = computed
    }
    const headers = headersWithCors({
      headers: new Headers({
        'content-type': `${mediaType}; charset=utf-8`,
        etag: page.etag,
        'cache-control': 'private, no-cache',
        vary: 'Authorization',
      }),
      req: { payload, headers: request.headers } as never,
    })
    if (matchesEtag(request.headers.get('if-none-match'), page.etag)) return new Response(null, { status: 304, headers })
    return new Response(page.body, { status: 200, headers })
  }
}

export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  return Boolean(ifNoneMatch && ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag))
}

/** graphql-http's content negotiation: the first acceptable type wins; null means GraphQL answers 406. */
function acceptedMediaType(accept: string | null): string | null {
  for (const entry of (accept || '*/*').replace(/\s/g, '').toLowerCase().split(',')) {
    const [type, ...params] = entry.split(';')
    const charset = params.find((p) => p.includes('charset=')) || 'charset=utf-8'
    if (type === 'application/graphql-response+json' && charset === 'charset=utf-8') return type
    if ((type === 'application/json' || type === 'application/*' || type === '*/*') && (charset === 'charset=utf-8' || charset === 'charset=utf8')) {
      return 'application/json'
    }
  }
  return null
}

/** `variables` as GraphQL would coerce them for `($since: String, $limit: Int)`; null: let GraphQL answer. */
function feedVariables(url: URL): { since?: string | null; limit?: number | null } | null {
  const op = url.searchParams.get('operationName')
  if (op !== null && op !== 'channelFeed') return null
  const raw = url.searchParams.get('variables')
  let vars: Record<string, unknown> = {}
  if (raw) {
    try {
      vars = JSON.parse(raw)
    } catch {
      return null
    }
  }
  if (vars === null || typeof vars !== 'object' || Array.isArray(vars)) return null
  const { since, limit } = vars
  if (since !== undefined && since !== null && typeof since !== 'string') return null
  if (limit !== undefined && limit !== null && !(Number.isInteger(limit) && Math.abs(limit as number) <= INT_MAX)) return null
  return { since: since as string | null | undefined, limit: limit as number | null | undefined }
}
