import type { Payload } from 'payload'

import { CursorError, decodeCursor, encodeCursor } from './cursor'
import { FEED_FLOOR } from './state'
import { latestEntry, toEntry, type FeedEntry } from './store'

export { FEED_FLOOR }
export const MAX_PAGE = 200

/** Entries per page for a requested limit: 1 to MAX_PAGE, 100 when missing or 0. */
export function pageSize(limit: number): number {
  return Math.min(Math.max(1, Math.floor(limit) || 100), MAX_PAGE)
}

export interface FeedPage {
  items: FeedEntry[]
  nextCursor: string
  hasMore: boolean
}

/** Highest sequence number removed by compaction: a cursor below it may have missed tombstones. */
export async function feedFloor(payload: Payload): Promise<number> {
  const { docs } = await payload.find({ collection: 'sequences', where: { name: { equals: FEED_FLOOR } }, limit: 1, depth: 0, overrideAccess: true })
  return Number(docs[0]?.value ?? 0)
}

/**
 * One page of a channel's changes after `since` (null: from the beginning, a full sync), in
 * sequence order. Within a page only the newest change of each key is kept: applying it alone
 * gives the same state as applying all of them.
 */
export async function readFeed(payload: Payload, channelId: number | string, since: string | null | undefined, limit = 100): Promise<FeedPage> {
  const after = decodeCursor(since)
  if (after > 0 && after < (await feedFloor(payload))) {
    throw new CursorError('CURSOR_EXPIRED', '游标已过期（离线时间超过撤回记录保留期），请从头全量同步', 'Cursor too old (offline longer than tombstone retention): do a full resync with since = null')
  }
  const size = pageSize(limit)
  const { docs } = await payload.find({
    collection: 'channel-feed',
    where: { and: [{ channel: { equals: channelId } }, { seq: { greater_than: after } }] },
    sort: 'seq',
    limit: size + 1,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const page = docs.slice(0, size).map((d) => toEntry(d as Record<string, unknown>))
  const newest = new Map<string, FeedEntry>()
  for (const e of page) {
    newest.delete(e.key)
    newest.set(e.key, e)
  }
  const last = page.at(-1)?.seq ?? after
  return { items: [...newest.values()], nextCursor: encodeCursor(last), hasMore: docs.length > size }
}

/** What a channel currently holds for one key (item code or notice slug), or null. */
export const lookupFeedItem = latestEntry
