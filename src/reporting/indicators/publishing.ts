import { addMonths, inRange, type DateRange } from './range'
import { count, type ChannelRecord, type Count, type DeliveryRecord, type DocumentRecord, type Id } from './records'

const HOUR = 3600_000

export interface PublishingOptions {
  /** An official account with no article published for this long fails the national inspection (国办秘函〔2019〕19号). */
  staleAccountDays?: number
  /** A kiosk or app client without a heartbeat for this long is reported. */
  staleClientHours?: number
  /** A live guide whose last review (approval or import) is older than this. */
  reviewMonths?: number
}

export const PUBLISHING_DEFAULTS: Required<PublishingOptions> = { staleAccountDays: 14, staleClientHours: 48, reviewMonths: 6 }

export interface ChannelDeliveries {
  channel: Id
  name: string
  kind: string
  /** Deliveries written in the range, superseded ones left out (never sent, a newer edition won). */
  total: Count
  delivered: Count
  /** 失败待重试: failed, will be retried. */
  retrying: Count
  /** 投递失败: gave up. */
  dead: Count
  /** Queued, sending or waiting for the platform. */
  inFlight: Count
}

export interface ApprovalToLive {
  channel: Id
  name: string
  kind: string
  /** Publish deliveries that went live in the range and have an approval before them. */
  count: Count
  medianHours: number | null
  meanHours: number | null
  maxHours: number | null
}

export interface PublishingIndicators {
  byChannel: ChannelDeliveries[]
  approvalToLive: ApprovalToLive[]
  /** Official accounts (WeChat) with their last publication; `stale` past staleAccountDays. */
  accounts: Array<{ channel: Id; name: string; enabled: boolean; lastPublishedAt: string | null; days: number | null; stale: boolean }>
  /** Kiosk and app clients whose last heartbeat is older than staleClientHours (or never came). */
  staleClients: Array<{ channel: Id; name: string; kind: string; location: string | null; lastSeenAt: string | null; hours: number | null }>
  /** Live guides not reviewed for reviewMonths. */
  unreviewed: { count: Count; cutoff: string; rows: Array<{ id: Id; title: string; code: string | null; department: Id | null; lastReviewedAt: string | null }> }
}

export interface PublishingInput {
  /** Deliveries written in the range (any status). */
  deliveries: DeliveryRecord[]
  /** The latest delivered publication of each official account, whenever it was. */
  latestPublications: DeliveryRecord[]
  /** The guides and notices the deliveries are about (for their approval times). */
  documents: DocumentRecord[]
  /** Live guides in scope (for the review age). */
  liveGuides: DocumentRecord[]
  channels: ChannelRecord[]
}

const docKey = (collection: string, id: Id) => `${collection}:${id}`

function median(values: number[]): number | null {
  if (!values.length) return null
  const s = [...values].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

/** The approval an edition went live on: the last approval that completed a round before the publish. */
export function approvedBefore(doc: DocumentRecord, publishAt: string): string | null {
  let best: string | null = null
  for (const h of doc.history) {
    if (h.action !== 'approve' || h.to !== 'approved' || !h.at) continue
    if (Date.parse(h.at) <= Date.parse(publishAt) && (!best || Date.parse(h.at) > Date.parse(best))) best = h.at
  }
  return best
}

/** The last review of a document: an approval or an import from an authoritative source. */
export function lastReviewed(doc: DocumentRecord): string | null {
  let best: string | null = null
  for (const h of doc.history) {
    if ((h.action === 'approve' || h.action === 'import') && h.at && (!best || Date.parse(h.at) > Date.parse(best))) best = h.at
  }
  return best
}

/** Publishing indicators, pure. Snapshot ones (accounts, clients, review age) are as of `now`. */
export function computePublishingIndicators(input: PublishingInput, range: DateRange, now: Date, options: PublishingOptions = {}): PublishingIndicators {
  const o = { ...PUBLISHING_DEFAULTS, ...options }
  const channelName = new Map(input.channels.map((c) => [String(c.id), c]))
  const meta = (d: DeliveryRecord) => {
    const c = channelName.get(String(d.channel))
    return { name: c?.name ?? d.channelName ?? String(d.channel), kind: c?.kind ?? d.channelKind ?? '' }
  }

  const inScope = input.deliveries.filter((d) => inRange(d.createdAt, range) && d.status !== 'superseded')
  const perChannel = new Map<string, ChannelDeliveries>()
  for (const d of inScope) {
    const key = String(d.channel)
    const row = perChannel.get(key) ?? { channel: d.channel, ...meta(d), total: count(), delivered: count(), retrying: count(), dead: count(), inFlight: count() }
    const bucket = d.status === 'delivered' ? row.delivered : d.status === 'failed' ? row.retrying : d.status === 'dead' ? row.dead : row.inFlight
    for (const c of [row.total, bucket]) {
      c.ids.push(d.id)
      c.value += 1
    }
    perChannel.set(key, row)
  }

  const docs = new Map(input.documents.map((d) => [docKey(d.collection, d.id), d]))
  const waits = new Map<string, { channel: Id; name: string; kind: string; ids: Id[]; hours: number[] }>()
  for (const d of input.deliveries) {
    if (d.action !== 'publish' || d.status !== 'delivered' || !inRange(d.deliveredAt, range)) continue
    const doc = docs.get(docKey(d.docCollection, d.docId))
    const approvedAt = doc ? approvedBefore(doc, d.createdAt) : null
    if (!approvedAt) continue
    const w = waits.get(String(d.channel)) ?? { channel: d.channel, ...meta(d), ids: [], hours: [] }
    w.ids.push(d.id)
    w.hours.push(Math.max(0, (Date.parse(d.deliveredAt!) - Date.parse(approvedAt)) / HOUR))
    waits.set(String(d.channel), w)
  }

  const lastPublished = new Map<string, string>()
  for (const d of [...input.deliveries, ...input.latestPublications]) {
    if (d.action !== 'publish' || d.status !== 'delivered' || !d.deliveredAt || Date.parse(d.deliveredAt) > now.getTime()) continue
    const prev = lastPublished.get(String(d.channel))
    if (!prev || Date.parse(d.deliveredAt) > Date.parse(prev)) lastPublished.set(String(d.channel), d.deliveredAt)
  }
  const accounts = input.channels
    .filter((c) => c.kind === 'wechat')
    .map((c) => {
      const last = lastPublished.get(String(c.id)) ?? null
      const days = last ? (now.getTime() - Date.parse(last)) / (24 * HOUR) : null
      return { channel: c.id, name: c.name, enabled: c.enabled !== false, lastPublishedAt: last, days, stale: days === null || days > o.staleAccountDays }
    })
    .sort((a, b) => Number(b.stale) - Number(a.stale) || (b.days ?? Infinity) - (a.days ?? Infinity))

  const staleClients = input.channels
    .filter((c) => (c.kind === 'kiosk' || c.kind === 'app') && c.enabled !== false)
    .map((c) => ({
      channel: c.id,
      name: c.name,
      kind: c.kind,
      location: c.location ?? null,
      lastSeenAt: c.lastSeenAt ?? null,
      hours: c.lastSeenAt ? (now.getTime() - Date.parse(c.lastSeenAt)) / HOUR : null,
    }))
    .filter((c) => c.hours === null || c.hours > o.staleClientHours)
    .sort((a, b) => (b.hours ?? Infinity) - (a.hours ?? Infinity))

  const cutoff = addMonths(now, -o.reviewMonths)
  const unreviewedRows = input.liveGuides
    .map((g) => ({ id: g.id, title: g.title ?? '', code: g.code ?? null, department: g.department ?? null, lastReviewedAt: lastReviewed(g) ?? g.createdAt ?? null }))
    .filter((g) => !g.lastReviewedAt || Date.parse(g.lastReviewedAt) < cutoff.getTime())
    .sort((a, b) => Date.parse(a.lastReviewedAt ?? '1970-01-01') - Date.parse(b.lastReviewedAt ?? '1970-01-01'))

  return {
    byChannel: [...perChannel.values()].sort((a, b) => b.total.value - a.total.value || a.name.localeCompare(b.name)),
    approvalToLive: [...waits.values()]
      .map((w) => ({
        channel: w.channel,
        name: w.name,
        kind: w.kind,
        count: count(w.ids),
        medianHours: median(w.hours),
        meanHours: w.hours.reduce((a, b) => a + b, 0) / w.hours.length,
        maxHours: Math.max(...w.hours),
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    accounts,
    staleClients,
    unreviewed: { count: count(unreviewedRows.map((r) => r.id)), cutoff: cutoff.toISOString(), rows: unreviewedRows },
  }
}
