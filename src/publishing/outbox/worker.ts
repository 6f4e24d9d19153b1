import type { Payload } from 'payload'

import { adapterFor } from '../../../channels/registry'
import {
  DeliveryError,
  DOC_TYPE,
  type ChannelRecord,
  type DeliveryContext,
  type DeliveryOutcome,
  type DeliveryRecord,
} from '../../../channels/types'
import { sendDeliveryAlert } from './alert'
import { backoffMs, MAX_ATTEMPTS, STALE_SENDING_MS } from './backoff'
import { claimDelivery } from './claim'
import { renderForChannel } from './render'

type Row = DeliveryRecord & {
  status: string
  updatedAt: string
  nextAttemptAt?: string | null
  claimedAt?: string | null
  channel: number | string
  title?: string
}

/**
 * Reads shared by the deliveries of one batch: the four deliveries of an edition load the
 * document once (keyed by version, so a newer edition is never mistaken for this one) and each
 * channel is read once per batch of at most `limit` rows.
 */
interface BatchReads {
  docs: Map<string, Promise<Record<string, unknown> | null>>
  channels: Map<string, Promise<ChannelRecord | null>>
}

const LANES = 4
/** Batches one call works through before leaving the rest to the next call (a full queue drains). */
const MAX_BATCHES = 100

/**
 * Runs every delivery that is due: queued, failed past its backoff, pending (to poll), or stuck
 * in sending after a crash. Safe in several processes at once: each state of each row is claimed
 * (claim.ts), so exactly one process acts on it. Works in batches of `limit` until fewer are due;
 * a `now` in the future (tests) stays fixed, otherwise each batch reads the clock again.
 */
export async function processDue(payload: Payload, now = new Date(), limit = 100): Promise<number> {
  let done = 0
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const at = new Date(Math.max(now.getTime(), Date.now()))
    const rows = await dueRows(payload, batch === 0 ? now : at, limit)
    const claimed = await processBatch(payload, rows, batch === 0 ? now : at)
    done += claimed
    // Fewer than a full batch: nothing else is due. None claimed: another process has them.
    if (rows.length < limit || claimed === 0) break
  }
  return done
}

async function dueRows(payload: Payload, now: Date, limit: number): Promise<Row[]> {
  const { docs } = await payload.find({
    collection: 'deliveries',
    where: {
      or: [
        { and: [{ status: { in: ['queued', 'failed', 'pending'] } }, { nextAttemptAt: { less_than_equal: now.toISOString() } }] },
        { and: [{ status: { equals: 'sending' } }, { claimedAt: { less_than: new Date(now.getTime() - STALE_SENDING_MS).toISOString() } }] },
      ],
    },
    sort: 'nextAttemptAt',
    limit,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs as unknown as Row[]
}

async function processBatch(payload: Payload, rows: Row[], now: Date): Promise<number> {
  let done = 0
  const queue = [...rows]
  const reads: BatchReads = { docs: new Map(), channels: new Map() }
  const lanes = Array.from({ length: LANES }, async () => {
    for (let row = queue.shift(); row; row = queue.shift()) {
      if (await processOne(payload, row, now, reads)) done += 1
    }
  })
  await Promise.all(lanes)
  return done
}

/** Runs until nothing is due (tests and `hub deliver`). */
export async function drainOutbox(payload: Payload, now = new Date(), rounds = 20): Promise<void> {
  for (let i = 0; i < rounds && (await processDue(payload, now)) > 0; i++);
}

async function processOne(payload: Payload, row: Row, now: Date, reads: BatchReads): Promise<boolean> {
  const polling = row.status === 'pending'
  const attempts = polling ? row.attempts : row.attempts + 1
  if (!(await claimDelivery(payload, row, { status: polling ? 'pending' : 'sending', claimedAt: now.toISOString(), attempts }))) return false
  const channel = await once(reads.channels, String(row.channel), () => loadChannel(payload, row.channel))
  try {
    if (!channel?.enabled) throw new DeliveryError('渠道已停用或不存在 / Channel disabled or missing', { retryable: false })
    const outcome = await run(payload, { ...row, attempts }, channel, now, polling, reads)
    if (outcome === 'superseded') {
      await update(payload, row.id, { status: 'superseded', lastError: null })
      return true
    }
    await settle(payload, row.id, outcome, now)
  } catch (err) {
    await fail(payload, { ...row, attempts }, channel, err, now)
  }
  return true
}

async function run(payload: Payload, row: Row, channel: ChannelRecord, now: Date, polling: boolean, reads: BatchReads) {
  const adapter = adapterFor(channel.kind)
  const ctx: DeliveryContext = {
    payload,
    channel,
    delivery: row,
    now,
    saveProgress: async (progress) => {
      row.progress = { ...(row.progress ?? {}), ...progress }
      await saveProgress(payload, row.id, row.progress)
    },
  }
  if (polling && adapter.poll) return adapter.poll(ctx)
  if (row.action === 'withdraw') return adapter.withdraw(ctx)
  const doc = await once(reads.docs, `${row.docCollection}:${row.docId}:${row.version}`, async () =>
    (await payload.findByID({ collection: row.docCollection, id: row.docId, depth: 1, overrideAccess: true, disableErrors: true })) as Record<string, unknown> | null,
  )
  // A newer edition or a withdrawal has its own delivery; this one has nothing left to do.
  if (!doc || doc._status !== 'published' || String(doc.updatedAt) !== row.version) return 'superseded' as const
  const rendered = renderForChannel(channel.kind, DOC_TYPE[row.docCollection], doc)
  return adapter.deliver(ctx, rendered)
}

async function settle(payload: Payload, id: Row['id'], outcome: DeliveryOutcome, now: Date) {
  if (outcome.status === 'pending') {
    await update(payload, id, {
      status: 'pending',
      externalId: outcome.externalId ?? undefined,
      nextAttemptAt: new Date(now.getTime() + outcome.checkAfterMs).toISOString(),
      lastError: outcome.detail ?? null,
    })
    return
  }
  await update(payload, id, {
    status: 'delivered',
    externalId: outcome.externalId ?? undefined,
    deliveredAt: new Date().toISOString(),
    lastError: null,
  })
}

async function fail(payload: Payload, row: Row, channel: ChannelRecord | null, err: unknown, now: Date) {
  const e = err as DeliveryError
  const retryable = e instanceof DeliveryError ? e.retryable : true
  const message = `${e?.message ?? String(err)}`.slice(0, 2000)
  if (retryable && row.attempts < MAX_ATTEMPTS) {
    const wait = Math.max(backoffMs(row.attempts), e.retryAfterMs ?? 0)
    await update(payload, row.id, { status: 'failed', lastError: message, nextAttemptAt: new Date(now.getTime() + wait).toISOString() })
    return
  }
  await update(payload, row.id, { status: 'dead', lastError: message })
  await sendDeliveryAlert(payload, row, channel, message).catch((alertErr) =>
    payload.logger.error({ err: alertErr }, '投递告警邮件发送失败 / delivery alert mail failed'),
  )
}

async function loadChannel(payload: Payload, id: number | string): Promise<ChannelRecord | null> {
  const doc = await payload.findByID({ collection: 'channels', id, depth: 0, overrideAccess: true, showHiddenFields: true, disableErrors: true })
  return (doc as unknown as ChannelRecord) ?? null
}

/** One read per key per batch, shared by the lanes asking for it at the same time. */
function once<T>(memo: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let value = memo.get(key)
  if (!value) memo.set(key, (value = load()))
  return value
}

/**
 * Delivery rows are the outbox's own bookkeeping (staff only read and retry them): the worker
 * writes them straight through the database adapter. Payload's update operation (access, hooks,
 * validation, re-read) costs ~3-4 ms of CPU per call against ~0.2-0.8 ms here, and a WeChat
 * delivery writes its row six to eight times. Consequence: collection hooks on `deliveries` do not
 * see the worker's writes (there are none; add any such logic here instead).
 */
async function update(payload: Payload, id: Row['id'], data: Record<string, unknown>) {
  await payload.db.updateOne({ collection: 'deliveries', id, data, returning: false } as Parameters<Payload['db']['updateOne']>[0])
}

const saveProgress = (payload: Payload, id: Row['id'], progress: Record<string, unknown>) => update(payload, id, { progress })
