import type { Payload, Where } from 'payload'

import { ALL_CHANNEL_KINDS } from '../../channels/kinds'
import { STALE_SENDING_MS } from '../publishing/outbox/backoff'

/** Statuses the worker still has to act on: the outbox queue proper. */
export const QUEUE_STATUSES = ['queued', 'sending', 'pending', 'failed'] as const

export interface StatusCount {
  status: string
  channelKind: string
  count: number
}

export function countDeliveries(payload: Payload, where: Where): Promise<number> {
  return payload.count({ collection: 'deliveries', where, overrideAccess: true }).then((r) => r.totalDocs)
}

/**
 * Deliveries per (status, channel kind) for the queue statuses and dead: one indexed count per
 * pair, so the cost does not grow with the history of delivered rows.
 */
export async function deliveryDepth(payload: Payload, statuses: readonly string[] = [...QUEUE_STATUSES, 'dead']): Promise<StatusCount[]> {
  const pairs = statuses.flatMap((status) => ALL_CHANNEL_KINDS.map((channelKind) => ({ status, channelKind })))
  return Promise.all(
    pairs.map(async (p) => ({
      ...p,
      count: await countDeliveries(payload, { and: [{ status: { equals: p.status } }, { channelKind: { equals: p.channelKind } }] }),
    })),
  )
}

/**
 * Failed attempts recorded on the delivery rows, per channel kind: every attempt of a failed or
 * dead row failed; any other row's attempts beyond its last one did. Only rows that ever failed are
 * read. A manual retry resets a row's attempts, so this is a gauge, not a counter.
 */
export async function failedAttempts(payload: Payload): Promise<Record<string, number>> {
  const { docs } = await payload.find({
    collection: 'deliveries',
    where: { or: [{ attempts: { greater_than: 1 } }, { status: { in: ['failed', 'dead'] } }] },
    select: { attempts: true, status: true, channelKind: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const out: Record<string, number> = Object.fromEntries(ALL_CHANNEL_KINDS.map((k) => [k, 0]))
  for (const d of docs as Array<{ attempts?: number | null; status?: string; channelKind?: string | null }>) {
    const attempts = Number(d.attempts ?? 0)
    const failed = d.status === 'failed' || d.status === 'dead' ? attempts : Math.max(0, attempts - 1)
    const kind = d.channelKind || 'unknown'
    out[kind] = (out[kind] ?? 0) + failed
  }
  return out
}

/**
 * Seconds since the oldest delivery the worker should already have taken became due (the
 * worker's own definition: queued/failed/pending past nextAttemptAt, or sending abandoned for
 * longer than STALE_SENDING_MS). 0 when nothing is due.
 */
export async function oldestDueAge(payload: Payload, now: Date): Promise<number> {
  const [waiting, stuck] = await Promise.all([
    payload.find({
      collection: 'deliveries',
      where: { and: [{ status: { in: ['queued', 'failed', 'pending'] } }, { nextAttemptAt: { less_than_equal: now.toISOString() } }] },
      sort: 'nextAttemptAt',
      limit: 1,
      pagination: false,
      select: { nextAttemptAt: true },
      depth: 0,
      overrideAccess: true,
    }),
    payload.find({
      collection: 'deliveries',
      where: { and: [{ status: { equals: 'sending' } }, { claimedAt: { less_than: new Date(now.getTime() - STALE_SENDING_MS).toISOString() } }] },
      sort: 'claimedAt',
      limit: 1,
      pagination: false,
      select: { claimedAt: true },
      depth: 0,
      overrideAccess: true,
    }),
  ])
  const since = [
    waiting.docs[0] && Date.parse(String((waiting.docs[0] as { nextAttemptAt?: string }).nextAttemptAt)),
    stuck.docs[0] && Date.parse(String((stuck.docs[0] as { claimedAt?: string }).claimedAt)) + STALE_SENDING_MS,
  ].filter((t): t is number => typeof t === 'number' && Number.isFinite(t))
  if (!since.length) return 0
  return Math.max(0, (now.getTime() - Math.min(...since)) / 1000)
}
