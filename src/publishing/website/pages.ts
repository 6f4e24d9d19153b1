import type { Payload } from 'payload'

import type { DocType } from '../../../channels/types'
import type { WebsiteListing } from '../../../templates/website/listing'
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

/** A page as the website template rendered it (notices add validity and urgency). */
export interface StoredPage {
  html: string
  title: string
  description: string
  validFrom?: string | null
  validTo?: string | null
  urgent?: boolean
  /** Absent on pages delivered before listings existed. */
  listing?: WebsiteListing
}

export type PageState =
  | { kind: 'live'; entry: FeedEntry; page: StoredPage }
  | { kind: 'withdrawn'; entry: FeedEntry; title: string; withdrawnAt: string }
  | { kind: 'missing' }

/**
 * What the public website shows for an item code or slug: exactly what was delivered to the
 * website channel. A withdrawn page stays with a notice saying so (GOV.UK-style withdrawal).
 * With `docType`, a key of the other type is missing (a notice slug is no guide page).
 */
export async function websitePage(payload: Payload, key: string, docType?: DocType): Promise<PageState> {
  const channelId = await websiteChannelId(payload)
  if (channelId === null) return { kind: 'missing' }
  const entry = await lookupFeedItem(payload, channelId, key)
  if (!entry || (docType && entry.docType !== docType)) return { kind: 'missing' }
  if (entry.action === 'tombstone') {
    return { kind: 'withdrawn', entry, title: await withdrawnTitle(payload, channelId, entry), withdrawnAt: entry.createdAt }
  }
  return { kind: 'live', entry, page: entry.rendered as StoredPage }
}

/**
 * A tombstone carries no title: take the last edition the channel showed, else (after compaction
 * removed it) the title on the withdrawal's delivery, so the page still names what was withdrawn.
 */
async function withdrawnTitle(payload: Payload, channelId: number | string, entry: FeedEntry): Promise<string> {
  if (entry.title) return entry.title
  const { docs } = await payload.find({
    collection: 'channel-feed',
    where: { and: [{ channel: { equals: channelId } }, { key: { equals: entry.key } }, { action: { equals: 'upsert' } }] },
    sort: '-seq',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { title: true },
  })
  if (docs[0]?.title) return String(docs[0].title)
  const delivery = await payload.find({
    collection: 'deliveries',
    where: { and: [{ channel: { equals: channelId } }, { key: { equals: entry.key } }, { action: { equals: 'withdraw' } }] },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { title: true },
  })
  return String(delivery.docs[0]?.title ?? entry.key)
}

/** A live notice past its validTo (the clock withdraws it shortly): the page says it is no longer in effect. */
export function expiredAt(page: StoredPage, now = new Date()): string | null {
  return page.validTo && Date.parse(page.validTo) <= now.getTime() ? page.validTo : null
}
