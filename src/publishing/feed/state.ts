import type { Payload } from 'payload'

/** Sequence names next to the feed's own counter (`channel-feed`, see store.ts). */
export const FEED_FLOOR = 'channel-feed-floor'
/** Bumped by every compaction that removed entries: a cached page may have lost rows. */
export const FEED_GENERATION = 'channel-feed-compactions'

/**
 * What the HTTP fast path must know before it may answer from its cache: whose key this is, and
 * whether anything a page depends on changed. Read per request, from the database, so another hub
 * process appending to the feed or an admin disabling the channel is seen on the next request.
 */
export interface FeedState {
  channelId: number | string
  enabled: boolean
  /** Highest sequence number in any channel's feed. */
  head: number
  floor: number
  generation: number
}

export interface FeedStateReader {
  /** The channel holding one of these API-key indexes (Payload's HMACs of the key), with the feed's state; null when no channel or several do. */
  read(keyIndexes: readonly string[]): Promise<FeedState | null>
  /** Whether the channel got an entry with a sequence number above `seq`. */
  appendedAfter(channelId: number | string, seq: number): Promise<boolean>
}

type LibsqlClient = { execute: (q: { sql: string; args: unknown[] }) => Promise<{ rows: Array<Record<string, unknown>> }> }

const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v))

/**
 * SQLite: one statement, about 40 µs. `max(seq)` reads the end of the unique seq index; the
 * channels table holds a handful of rows. Column names are those of the committed migration.
 */
function sqlReader(client: LibsqlClient): FeedStateReader {
  const STATE = `SELECT c.id AS id, c.enabled AS enabled,
      (SELECT max(seq) FROM channel_feed) AS head,
      (SELECT value FROM sequences WHERE name = ?) AS floor,
      (SELECT value FROM sequences WHERE name = ?) AS generation
    FROM channels c WHERE c.api_key_index IN (?, ?) LIMIT 2`
  // `+channel_id` keeps SQLite on the seq index: only the entries appended since are scanned.
  const AFTER = 'SELECT 1 AS found FROM channel_feed WHERE seq > ? AND +channel_id = ? LIMIT 1'
  return {
    async read(keyIndexes) {
      const { rows } = await client.execute({ sql: STATE, args: [FEED_FLOOR, FEED_GENERATION, keyIndexes[0], keyIndexes[1] ?? keyIndexes[0]] })
      if (rows.length !== 1) return null
      const r = rows[0]
      return { channelId: r.id as number, enabled: Boolean(r.enabled), head: num(r.head), floor: num(r.floor), generation: num(r.generation) }
    },
    async appendedAfter(channelId, seq) {
      const { rows } = await client.execute({ sql: AFTER, args: [seq, channelId] })
      return rows.length > 0
    },
  }
}

/** Any other adapter (MongoDB): the same reads through the local API, in parallel. */
function localApiReader(payload: Payload): FeedStateReader {
  const sequence = async (name: string) => {
    const { docs } = await payload.find({ collection: 'sequences', where: { name: { equals: name } }, limit: 1, depth: 0, overrideAccess: true, pagination: false })
    return num(docs[0]?.value)
  }
  return {
    async read(keyIndexes) {
      const [channels, last, floor, generation] = await Promise.all([
        payload.find({
          collection: 'channels',
          where: { apiKeyIndex: { in: [...keyIndexes] } },
          limit: 2,
          depth: 0,
          overrideAccess: true,
          pagination: false,
          select: { enabled: true },
        }),
        payload.find({ collection: 'channel-feed', sort: '-seq', limit: 1, depth: 0, overrideAccess: true, pagination: false, select: { seq: true } }),
        sequence(FEED_FLOOR),
        sequence(FEED_GENERATION),
      ])
      if (channels.docs.length !== 1) return null
      const c = channels.docs[0]
      return { channelId: c.id, enabled: Boolean(c.enabled), head: num(last.docs[0]?.seq), floor, generation }
    },
    async appendedAfter(channelId, seq) {
      const { docs } = await payload.find({
        collection: 'channel-feed',
        where: { and: [{ channel: { equals: channelId } }, { seq: { greater_than: seq } }] },
        limit: 1,
        depth: 0,
        overrideAccess: true,
        pagination: false,
        select: { seq: true },
      })
      return docs.length > 0
    },
  }
}

const readers = new WeakMap<Payload, FeedStateReader>()

/** The reader for this instance's database; `localApi` forces the adapter-neutral one (tests). */
export function feedStateReader(payload: Payload, opts: { localApi?: boolean } = {}): FeedStateReader {
  if (opts.localApi) return localApiReader(payload)
  let reader = readers.get(payload)
  if (!reader) {
    const client = (payload.db as unknown as { name?: string; client?: LibsqlClient }).client
    reader = payload.db.name === 'sqlite' && client?.execute ? sqlReader(client) : localApiReader(payload)
    readers.set(payload, reader)
  }
  return reader
}
