import type { Payload, PayloadRequest, Where } from 'payload'

import { computeFeedbackIndicators, type FeedbackIndicators } from './feedback'
import { computePublishingIndicators, type PublishingIndicators, type PublishingOptions } from './publishing'
import { computeContentQuality, QUALITY_WINDOWS, type ContentQuality } from './quality'
import { addDays, type DateRange } from './range'
import type { ChannelRecord, DeliveryRecord, DocumentRecord, FeedbackRecord, Id, SearchGapRecord } from './records'
import type { DashboardScope } from './scope'

/**
 * Reads the records behind the indicators. With `req` every read goes through the user's own
 * access rules (overrideAccess false), so a department head's numbers can only come from records
 * they may open; `system` (the weekly mail to supervisors) reads everything.
 */
export type Reader = { payload: Payload; req: PayloadRequest; system?: false } | { payload: Payload; req?: undefined; system: true }

const access = (r: Reader) => (r.system ? { overrideAccess: true } : { req: r.req, overrideAccess: false })

const between = (field: string, range: { from: Date; to: Date }): Where => ({
  and: [{ [field]: { greater_than_equal: range.from.toISOString() } }, { [field]: { less_than: range.to.toISOString() } }],
})

const departmentWhere = (departments: Id[] | null): Where[] => (departments ? [{ department: { in: departments } }] : [])

/** Every feedback item that any indicator of the range (and the 90-day quality window) looks at. */
export async function loadFeedbackRecords(reader: Reader, range: DateRange, departments: Id[] | null): Promise<FeedbackRecord[]> {
  const longest = Math.max(...QUALITY_WINDOWS)
  const since = new Date(Math.min(range.from.getTime(), addDays(range.to, -longest).getTime()))
  const { docs } = await reader.payload.find({
    collection: 'feedback',
    where: {
      and: [
        ...departmentWhere(departments),
        {
          or: [
            between('receivedAt', { from: since, to: range.to }),
            between('sla.closedAt', range),
            between('returnVisit.visitedAt', range),
            between('returnVisit.rectificationDue', range),
          ],
        },
      ],
    },
    pagination: false,
    depth: 0,
    select: {
      caseNo: true, channel: true, kind: true, rating: true, useful: true, guide: true, guideCode: true, receivedAt: true,
      status: true, department: true, topic: true, triage: true, sla: true, returnVisit: true,
    },
    ...access(reader),
  })
  return docs as unknown as FeedbackRecord[]
}

type RawDoc = { id: Id; title?: string; code?: string; slug?: string; department?: Id | { id: Id } | null; _status?: string; createdAt?: string; workflow?: { history?: Array<{ action: string; to?: string; at?: string }> } }

const toDocument = (collection: DocumentRecord['collection'], d: RawDoc): DocumentRecord => ({
  id: d.id,
  collection,
  title: d.title ?? null,
  code: d.code ?? d.slug ?? null,
  department: d.department && typeof d.department === 'object' ? d.department.id : (d.department ?? null),
  status: d._status ?? null,
  createdAt: d.createdAt ?? null,
  history: (d.workflow?.history ?? []).map((h) => ({ action: h.action, to: h.to ?? null, at: h.at ?? null })),
})

const DOC_SELECT = { title: true, department: true, _status: true, createdAt: true, workflow: true } as const

async function loadDocuments(reader: Reader, collection: DocumentRecord['collection'], where: Where): Promise<DocumentRecord[]> {
  const { docs } = await reader.payload.find({
    collection,
    where,
    pagination: false,
    depth: 0,
    select: { ...DOC_SELECT, ...(collection === 'service-guides' ? { code: true } : { slug: true }) },
    ...access(reader),
  })
  return (docs as unknown as RawDoc[]).map((d) => toDocument(collection, d))
}

/**
 * Channels are admin-only records (they hold API keys and secrets), yet their names, kinds and
 * heartbeats are what publishing staff must see: read with access overridden, only those fields.
 */
export async function loadChannels(payload: Payload): Promise<ChannelRecord[]> {
  const { docs } = await payload.find({
    collection: 'channels',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { name: true, kind: true, enabled: true, location: true, sync: true },
  })
  return (docs as unknown as Array<{ id: Id; name: string; kind: string; enabled?: boolean; location?: string; sync?: { lastSeenAt?: string } }>).map((c) => ({
    id: c.id,
    name: c.name,
    kind: c.kind,
    enabled: c.enabled ?? true,
    location: c.location ?? null,
    lastSeenAt: c.sync?.lastSeenAt ?? null,
  }))
}

const DELIVERY_SELECT = { docCollection: true, docId: true, channel: true, channelName: true, channelKind: true, action: true, status: true, createdAt: true, deliveredAt: true } as const

/** The records behind 发布情况, limited to the departments' own guides and notices when scoped. */
export async function loadPublishingInput(reader: Reader, range: DateRange, departments: Id[] | null) {
  const channels = await loadChannels(reader.payload)
  let docFilter: Where | null = null
  if (departments) {
    const [guides, notices] = await Promise.all([
      loadDocuments(reader, 'service-guides', { department: { in: departments } }),
      loadDocuments(reader, 'notices', { department: { in: departments } }),
    ])
    // '-' is no document's id: keeps the list non-empty when a department has no notices.
    docFilter = {
      or: [
        { and: [{ docCollection: { equals: 'service-guides' } }, { docId: { in: guides.map((g) => String(g.id)).concat('-') } }] },
        { and: [{ docCollection: { equals: 'notices' } }, { docId: { in: notices.map((n) => String(n.id)).concat('-') } }] },
      ],
    }
  }
  const { docs } = await reader.payload.find({
    collection: 'deliveries',
    where: { and: [...(docFilter ? [docFilter] : []), { or: [between('createdAt', range), between('deliveredAt', range)] }] },
    pagination: false,
    depth: 0,
    select: DELIVERY_SELECT,
    ...access(reader),
  })
  const deliveries = docs as unknown as DeliveryRecord[]
  // Official accounts are judged as accounts, whoever's content went out on them.
  const latestPublications: DeliveryRecord[] = []
  for (const c of channels.filter((x) => x.kind === 'wechat')) {
    const { docs: last } = await reader.payload.find({
      collection: 'deliveries',
      where: { and: [{ channel: { equals: c.id } }, { action: { equals: 'publish' } }, { status: { equals: 'delivered' } }] },
      sort: '-deliveredAt',
      limit: 1,
      depth: 0,
      select: DELIVERY_SELECT,
      ...access(reader),
    })
    latestPublications.push(...(last as unknown as DeliveryRecord[]))
  }
  const byCollection = (c: string) => [...new Set(deliveries.filter((d) => d.docCollection === c && d.action === 'publish').map((d) => d.docId))]
  const [guideDocs, noticeDocs, liveGuides] = await Promise.all([
    byCollection('service-guides').length ? loadDocuments(reader, 'service-guides', { id: { in: byCollection('service-guides') } }) : [],
    byCollection('notices').length ? loadDocuments(reader, 'notices', { id: { in: byCollection('notices') } }) : [],
    loadDocuments(reader, 'service-guides', { and: [{ _status: { equals: 'published' } }, ...departmentWhere(departments)] }),
  ])
  return { input: { deliveries, latestPublications, documents: [...guideDocs, ...noticeDocs], liveGuides, channels }, docFilter }
}

export async function loadSearchGaps(reader: Reader, range: DateRange): Promise<SearchGapRecord[]> {
  const { docs } = await reader.payload.find({
    collection: 'search-gaps',
    where: { and: [{ status: { equals: 'open' } }, between('lastSeenAt', range)] },
    sort: '-count',
    limit: 50,
    depth: 0,
    select: { query: true, count: true, noClickCount: true, lastSeenAt: true, firstSeenAt: true, status: true },
    ...access(reader),
  })
  return docs as unknown as SearchGapRecord[]
}

/** Names for the ids the indicators return. */
export interface Lookups {
  departments: Map<string, string>
  topics: Map<string, string>
  guides: Map<string, { title: string; code: string | null }>
}

async function loadLookups(reader: Reader, feedback: FeedbackRecord[] | null, quality: ContentQuality | null): Promise<Lookups> {
  const { docs: deps } = await reader.payload.find({ collection: 'departments', pagination: false, depth: 0, select: { name: true, shortName: true }, overrideAccess: true })
  const topicIds = [...new Set((feedback ?? []).map((r) => r.topic).filter((t): t is Id => t !== null && t !== undefined))]
  const topics = topicIds.length
    ? (await reader.payload.find({ collection: 'topics', where: { id: { in: topicIds } }, pagination: false, depth: 0, select: { label: true }, ...access(reader) })).docs
    : []
  const guideIds = [...new Set((quality?.windows ?? []).flatMap((w) => w.rows.map((r) => r.guideId)).filter((g): g is Id => g !== null))]
  const guides = guideIds.length
    ? (await reader.payload.find({ collection: 'service-guides', where: { id: { in: guideIds } }, pagination: false, depth: 0, select: { title: true, code: true }, ...access(reader) })).docs
    : []
  return {
    departments: new Map((deps as unknown as Array<{ id: Id; name: string; shortName?: string }>).map((d) => [String(d.id), d.shortName || d.name])),
    topics: new Map((topics as unknown as Array<{ id: Id; label?: string }>).map((t) => [String(t.id), t.label || `话题 ${t.id}`])),
    guides: new Map((guides as unknown as Array<{ id: Id; title: string; code?: string }>).map((g) => [String(g.id), { title: g.title, code: g.code ?? null }])),
  }
}

export interface IndicatorSet {
  range: DateRange
  now: string
  scope: DashboardScope
  feedback: FeedbackIndicators | null
  publishing: PublishingIndicators | null
  /** Which deliveries are in scope (the departments' own documents); null = all. */
  deliveryFilter: Where | null
  quality: ContentQuality | null
  lookups: Lookups
}

/** Everything the dashboard and the report show, for one scope and range. */
export async function loadIndicators(reader: Reader, scope: DashboardScope, range: DateRange, now: Date, options: PublishingOptions = {}): Promise<IndicatorSet> {
  const wantsFeedback = scope.sections.feedback || scope.sections.quality
  const records = wantsFeedback ? await loadFeedbackRecords(reader, range, scope.departments) : []
  const feedback = scope.sections.feedback ? computeFeedbackIndicators(records, range) : null
  const quality = scope.sections.quality ? computeContentQuality(records, await loadSearchGaps(reader, range), range) : null
  const published = scope.sections.publishing ? await loadPublishingInput(reader, range, scope.departments) : null
  const publishing = published ? computePublishingIndicators(published.input, range, now, options) : null
  const lookups = await loadLookups(reader, records, quality)
  return { range, now: now.toISOString(), scope, feedback, publishing, deliveryFilter: published?.docFilter ?? null, quality, lookups }
}
