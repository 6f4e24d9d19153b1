import { createHash } from 'node:crypto'

import type { FeedPage } from './read'

/** A serialized channelFeed answer and what it was computed from. */
export interface CachedPage {
  body: Uint8Array<ArrayBuffer>
  etag: string
  floor: number
  generation: number
  /** The feed head at which this page was last known to be current. */
  checkedHead: number
  /** The page was full with more behind it: appends after it cannot change it. */
  full: boolean
}

/** Strong ETag of a response body; the GraphQL GET path (httpCache.ts) uses the same one. */
export function etagOfBody(body: string | Uint8Array): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`
}

/**
 * The exact bytes GraphQL answers for the persisted `channelFeed` query (httpCache.ts): same
 * field order as its selection, `title` and `validFrom`/`validTo` null when absent, `body` null for
 * tombstones. test/integration/feed-cache.test.ts compares both byte for byte.
 */
export function channelFeedBody(page: FeedPage): string {
  return JSON.stringify({
    data: {
      channelFeed: {
        nextCursor: page.nextCursor,
        hasMore: page.hasMore,
        items: page.items.map((e) => ({
          seq: e.seq,
          key: e.key,
          docType: e.docType,
          action: e.action,
          version: e.version ?? null,
          title: e.title ?? null,
          etag: e.etag ?? null,
          validFrom: e.validFrom ?? null,
          validTo: e.validTo ?? null,
          body: e.action === 'tombstone' ? null : (e.rendered ?? null),
        })),
      },
    },
  })
}

/**
 * Serialized pages by (channel, cursor, page size), least recently used first out once over a
 * byte budget. Entries are checked against the feed state on every use, never trusted by age.
 */
/** Bookkeeping per entry beyond its body (key, object, map slot), so tiny pages count too. */
const ENTRY_OVERHEAD = 256

export class PageCache {
  private readonly pages = new Map<string, CachedPage>()
  private bytes = 0

  constructor(private readonly maxBytes = 64 * 1024 * 1024) {}

  static key(channelId: number | string, after: number, size: number): string {
    return `${channelId}|${after}|${size}`
  }

  get(key: string): CachedPage | undefined {
    const page = this.pages.get(key)
    if (page) {
      // Re-insert: Map order is the recency order.
      this.pages.delete(key)
      this.pages.set(key, page)
    }
    return page
  }

  set(key: string, page: CachedPage): void {
    this.delete(key)
    if (page.body.length + ENTRY_OVERHEAD > this.maxBytes) return
    this.pages.set(key, page)
    this.bytes += page.body.length + ENTRY_OVERHEAD
    for (const [oldest, old] of this.pages) {
      if (this.bytes <= this.maxBytes) break
      this.pages.delete(oldest)
      this.bytes -= old.body.length + ENTRY_OVERHEAD
    }
  }

  delete(key: string): void {
    const old = this.pages.get(key)
    if (!old) return
    this.pages.delete(key)
    this.bytes -= old.body.length + ENTRY_OVERHEAD
  }

  get size(): number {
    return this.pages.size
  }
}
