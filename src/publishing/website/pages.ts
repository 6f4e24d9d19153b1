import type { Payload } from 'payload'

import { lookupFeedItem } from '../feed/read'
import type { FeedEntry } from '../feed/store'

/** The hub's own website channel: the first enabled channel of kind website. */
export async function websiteChannelId(payload: Payload): Promise<number | string | null> {
  const { docs } = await payload.find({
    collection: 'channels',
    where: { and: [{ kind: { equals: 'website' } }, { enabled: { equals: true } }] },
    sort: 'createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0]?.id ?? null
}

export type PageState =
  | { kind: 'live'; entry: FeedEntry; page: { html: string; title: string; description: string } }
  | { kind: 'withdrawn'; entry: FeedEntry }
  | { kind: 'missing' }

/**
 * What the public website shows for an item code or slug: exactly what was delivered to the
 * website channel. A withdrawn page stays with a notice saying so (GOV.UK-style withdrawal).
 */
export async function websitePage(payload: Payload, key: string): Promise<PageState> {
  const channelId = await websiteChannelId(payload)
  if (channelId === null) return { kind: 'missing' }
  const entry = await lookupFeedItem(payload, channelId, key)
  if (!entry) return { kind: 'missing' }
  if (entry.action === 'tombstone') return { kind: 'withdrawn', entry }
  return { kind: 'live', entry, page: entry.rendered as { html: string; title: string; description: string } }
}
