import type { Payload } from 'payload'

import { legacyListing } from './legacy'
import { websiteChannelId, type StoredPage } from './pages'

export interface CatalogDepartment {
  code: string
  name: string
  shortName: string
}

/** One page the website channel currently holds live: what lists show, never the HTML. */
export interface CatalogItem {
  key: string
  docType: 'guide' | 'notice'
  title: string
  description: string
  department: CatalogDepartment | null
  themes: string[]
  itemType: string
  /** The edition's time (ISO); null for pages delivered before listings existed. */
  updatedAt: string | null
  /** When the website channel received this edition (the feed entry's time). */
  deliveredAt: string
  seq: number
  validFrom: string | null
  validTo: string | null
  urgent: boolean
}

/** The live pages of the website channel, newest delivery first. Withdrawn keys are not in it. */
export interface Catalog {
  channelId: number | string | null
  items: CatalogItem[]
}

/** What one process knows of the feed: the newest entry per key (null: withdrawn), in sequence order. */
interface State {
  channelId: number | string
  lastSeq: number
  count: number
  entries: Map<string, CatalogItem | null>
  catalog: Catalog
}

const states = new WeakMap<Payload, Promise<State | null>>()
const FIELDS = { seq: true, key: true, docType: true, action: true, title: true, rendered: true, validFrom: true, validTo: true, createdAt: true } as const

/**
 * The website channel's current state, read from its feed (never from the documents, so drafts
 * cannot leak). One small query per call compares the feed's newest sequence number and entry count
 * with what this process holds: unchanged, nothing is read; grown by new deliveries, only those are
 * read; anything else (compaction, an append committed out of order), everything is read again. So
 * a delivery shows on the very next request in every process. Calls are serialised per Payload.
 */
export async function loadCatalog(payload: Payload): Promise<Catalog> {
  const channelId = await websiteChannelId(payload)
  if (channelId === null) return { channelId, items: [] }
  const head = await payload.find({
    collection: 'channel-feed',
    where: { channel: { equals: channelId } },
    sort: '-seq',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { seq: true },
  })
  const headSeq = Number(head.docs[0]?.seq ?? 0)
  const previous = states.get(payload)
  const next = (async () => refresh(payload, channelId, headSeq, head.totalDocs, (await previous?.catch(() => null)) ?? null))()
  states.set(payload, next)
  return (await next)!.catalog
}

async function refresh(payload: Payload, channelId: number | string, headSeq: number, headCount: number, state: State | null): Promise<State> {
  if (state && state.channelId === channelId) {
    // Equal, or a later call already brought this process past what this call saw.
    if (state.lastSeq > headSeq || (state.lastSeq === headSeq && state.count === headCount)) return state
    const rows = await readRows(payload, channelId, state.lastSeq)
    if (state.count + rows.length === headCount) return apply(payload, state, rows)
  }
  const fresh: State = { channelId, lastSeq: 0, count: 0, entries: new Map(), catalog: { channelId, items: [] } }
  return apply(payload, fresh, await readRows(payload, channelId, 0))
}

function readRows(payload: Payload, channelId: number | string, after: number) {
  return payload
    .find({
      collection: 'channel-feed',
      where: { and: [{ channel: { equals: channelId } }, { seq: { greater_than: after } }] },
      sort: 'seq',
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: FIELDS,
    })
    .then((r) => r.docs as Array<Record<string, unknown>>)
}

/** Applies entries in sequence order; the catalog is a new array, so earlier callers keep theirs. */
async function apply(payload: Payload, state: State, rows: Array<Record<string, unknown>>): Promise<State> {
  const added: CatalogItem[] = []
  for (const doc of rows) {
    const key = String(doc.key)
    const item = doc.action === 'upsert' ? toItem(key, doc) : null
    if (item) added.push(item)
    // Re-inserting keeps the map in sequence order: the last inserted is the newest delivery.
    state.entries.delete(key)
    state.entries.set(key, item)
    state.lastSeq = Math.max(state.lastSeq, Number(doc.seq))
  }
  state.count += rows.length
  await resolveDepartmentCodes(payload, added)
  const items = [...state.entries.values()].filter((i): i is CatalogItem => i !== null).reverse()
  state.catalog = { channelId: state.channelId, items }
  return state
}

function toItem(key: string, doc: Record<string, unknown>): CatalogItem {
  const docType = doc.docType === 'notice' ? 'notice' : 'guide'
  const page = (doc.rendered ?? {}) as Partial<StoredPage>
  const listing = page.listing ?? legacyListing(page.html, docType)
  return {
    key,
    docType,
    title: String(page.title ?? doc.title ?? key),
    description: String(page.description ?? ''),
    department: listing.department,
    themes: listing.themes ?? [],
    itemType: listing.itemType ?? '',
    updatedAt: listing.updatedAt ?? null,
    deliveredAt: String(doc.createdAt),
    seq: Number(doc.seq),
    validFrom: (doc.validFrom as string | null) ?? null,
    validTo: (doc.validTo as string | null) ?? null,
    urgent: Boolean(page.urgent),
  }
}

/** Pages from before listings name their department only: find its code (departments are public). */
async function resolveDepartmentCodes(payload: Payload, items: CatalogItem[]): Promise<void> {
  const names = [...new Set(items.filter((i) => i.department && !i.department.code).map((i) => i.department!.name))]
  if (!names.length) return
  const { docs } = await payload.find({
    collection: 'departments',
    where: { name: { in: names } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { code: true, name: true, shortName: true },
  })
  const byName = new Map(docs.map((d) => [String(d.name), d]))
  for (const item of items) {
    const found = item.department && !item.department.code ? byName.get(item.department.name) : undefined
    if (found) item.department = { code: String(found.code), name: String(found.name), shortName: String(found.shortName ?? '') }
  }
}
