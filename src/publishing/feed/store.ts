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

/** The newest entry a channel holds for a key (its current state in that channel). */
export async function latestEntry(payload: Payload, channelId: number | string, key: string): Promise<FeedEntry | null> {
  const { docs } = await payload.find({
    collection: 'channel-feed',
    where: { and: [{ channel: { equals: channelId } }, { key: { equals: key } }] },
    sort: '-seq',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0] ? toEntry(docs[0] as Record<string, unknown>) : null
}

/**
 * Appends a change to a channel's feed under the next global sequence number. Idempotent: when
 * the channel already holds this exact version and action (a retry after a crash), nothing is
 * appended and the existing entry is returned.
 */
export async function appendEntry(payload: Payload, input: FeedEntryInput): Promise<FeedEntry> {
  const current = await latestEntry(payload, input.channelId, input.key)
  if (current && current.version === input.version && current.action === input.action) return current
  // Already withdrawn from this channel: a second tombstone would tell clients nothing new.
  if (input.action === 'tombstone' && current?.action === 'tombstone') return current
  const seq = await nextSequence(payload, FEED_SEQUENCE)
  const doc = await payload.create({
    collection: 'channel-feed',
    data: {
      seq,
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
    } as never,
    depth: 0,
    overrideAccess: true,
  })
  return toEntry(doc as Record<string, unknown>)
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
