import { createHash } from 'node:crypto'
import type { Payload } from 'payload'

import type { DocType } from '../../../channels/types'
import { nextSequence } from '../sequence'

export const FEED_SEQUENCE = 'channel-feed'

export interface FeedEntryInput {
  channelId: number | string
  key: string
  docType: DocType
  docId: string
  action: 'upsert' | 'tombstone'
  version: string
  title?: string
  rendered?: unknown
  validFrom?: string | null
  validTo?: string | null
}

export interface FeedEntry extends FeedEntryInput {
  seq: number
  etag: string
  createdAt: string
}

export function etagOf(value: unknown): string {
  return `"${createHash('sha1').update(JSON.stringify(value ?? null)).digest('base64url').slice(0, 27)}"`
}

/** Every column but the rendering: enough to compare editions without reading a large body. */
const WITHOUT_BODY = { seq: true, channel: true, key: true, docType: true, docId: true, action: true, version: true, title: true, etag: true, validFrom: true, validTo: true, createdAt: true } as const

/** The newest entry a channel holds for a key (its current state in that channel). */
export async function latestEntry(payload: Payload, channelId: number | string, key: string, opts: { body?: boolean } = {}): Promise<FeedEntry | null> {
  const { docs } = await payload.find({
    collection: 'channel-feed',
    where: { and: [{ channel: { equals: channelId } }, { key: { equals: key } }] },
    sort: '-seq',
    limit: 1,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    ...(opts.body === false ? { select: WITHOUT_BODY } : {}),
  })
  return docs[0] ? toEntry(docs[0] as Record<string, unknown>) : null
}

/**
 * Appends a change to a channel's feed under the next global sequence number. Idempotent: when
 * the channel already holds this exact version and action (a retry after a crash), nothing is
 * appended and the existing entry is returned (without its rendering).
 */
export async function appendEntry(payload: Payload, input: FeedEntryInput): Promise<FeedEntry> {
  const current = await latestEntry(payload, input.channelId, input.key, { body: false })
  if (current && current.version === input.version && current.action === input.action) return current
  // Already withdrawn from this channel: a second tombstone would tell clients nothing new.
  if (input.action === 'tombstone' && current?.action === 'tombstone') return current
  const data = {
    channel: input.channelId,
    key: input.key,
    docType: input.docType,
    docId: input.docId,
    action: input.action,
    version: input.version,
    title: input.title,
    rendered: input.rendered ?? null,
    etag: etagOf(input.rendered ?? input.action),
    validFrom: input.validFrom ?? null,
    validTo: input.validTo ?? null,
  }
  const client = sqliteClient(payload)
  if (client) return insertInSequence(client, data)
  // MongoDB: number, then insert. Two appends in flight may commit out of sequence order, and a
  // client syncing in between can step over the lower one (see README: not solved there yet).
  const seq = await nextSequence(payload, FEED_SEQUENCE)
  const doc = await payload.create({ collection: 'channel-feed', data: { seq, ...data } as never, depth: 0, overrideAccess: true })
  return toEntry(doc as Record<string, unknown>)
}

type Libsql = {
  batch: (stmts: Array<{ sql: string; args: unknown[] }>, mode: 'write') => Promise<Array<{ rows: Array<Record<string, unknown>> }>>
}

function sqliteClient(payload: Payload): Libsql | null {
  const client = (payload.db as unknown as { client?: Libsql }).client
  return payload.db.name === 'sqlite' && typeof client?.batch === 'function' ? client : null
}

/**
 * SQLite: the sequence number is taken and the entry written in one write transaction, so entries
 * become visible in sequence order, in this process (4 worker lanes) and across processes. Were
 * the number taken first and the row written later, a client syncing in between could receive
 * seq 11, move its cursor past it and never see seq 10 when that commits. Columns are those of the
 * committed migration; values are stored as Payload stores them (JSON as text, ISO dates).
 */
async function insertInSequence(client: Libsql, data: Record<string, unknown> & { channel: number | string }): Promise<FeedEntry> {
  const now = new Date().toISOString()
  const [, , inserted] = await client.batch(
    [
      { sql: 'INSERT INTO sequences (name, value, updated_at, created_at) VALUES (?, 0, ?, ?) ON CONFLICT(name) DO NOTHING', args: [FEED_SEQUENCE, now, now] },
      { sql: 'UPDATE sequences SET value = value + 1, updated_at = ? WHERE name = ?', args: [now, FEED_SEQUENCE] },
      {
        sql: `INSERT INTO channel_feed (seq, channel_id, key, doc_type, doc_id, action, version, title, rendered, etag, valid_from, valid_to, updated_at, created_at)
          VALUES ((SELECT value FROM sequences WHERE name = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq`,
        args: [
          FEED_SEQUENCE,
          data.channel,
          data.key,
          data.docType,
          data.docId,
          data.action,
          data.version ?? null,
          data.title ?? null,
          data.rendered === null || data.rendered === undefined ? null : JSON.stringify(data.rendered),
          data.etag,
          data.validFrom ?? null,
          data.validTo ?? null,
          now,
          now,
        ],
      },
    ],
    'write',
  )
  return toEntry({ ...data, seq: inserted.rows[0].seq, createdAt: now })
}

export function toEntry(doc: Record<string, unknown>): FeedEntry {
  return {
    seq: Number(doc.seq),
    channelId: (doc.channel as { id?: number } | number)?.constructor === Object ? (doc.channel as { id: number }).id : (doc.channel as number),
    key: String(doc.key),
    docType: doc.docType as DocType,
    docId: String(doc.docId),
    action: doc.action as FeedEntry['action'],
    version: String(doc.version ?? ''),
    title: (doc.title as string) ?? undefined,
    rendered: doc.rendered,
    etag: String(doc.etag ?? ''),
    validFrom: (doc.validFrom as string) ?? null,
    validTo: (doc.validTo as string) ?? null,
    createdAt: String(doc.createdAt),
  }
}
