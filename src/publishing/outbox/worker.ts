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
import { claimKey } from '../../clock/lease'
import { sendDeliveryAlert } from './alert'
import { backoffMs, MAX_ATTEMPTS, STALE_SENDING_MS } from './backoff'
import { renderForChannel } from './render'

type Row = DeliveryRecord & { status: string; updatedAt: string; channel: number | string; title?: string }

/**
 * Runs every delivery that is due: queued, failed past its backoff, pending (to poll), or stuck
 * in sending after a crash. Safe in several processes at once: each row is claimed by a unique
 * key built from its last update, so exactly one process acts on each state of each delivery.
 */
export async function processDue(payload: Payload, now = new Date(), limit = 100): Promise<number> {
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
    depth: 0,
    overrideAccess: true,
  })
  let done = 0
  const queue = [...(docs as unknown as Row[])]
  const lanes = Array.from({ length: 4 }, async () => {
    for (let row = queue.shift(); row; row = queue.shift()) {
      if (await processOne(payload, row, now)) done += 1
    }
  })
  await Promise.all(lanes)
  return done
}

/** Runs until nothing is due (tests and `hub deliver`). */
export async function drainOutbox(payload: Payload, now = new Date(), rounds = 20): Promise<void> {
  for (let i = 0; i < rounds && (await processDue(payload, now)) > 0; i++);
}

async function processOne(payload: Payload, row: Row, now: Date): Promise<boolean> {
  if (!(await claimKey(payload, 'delivery', `delivery:${row.id}:${row.updatedAt}`))) return false
  const polling = row.status === 'pending'
  const attempts = polling ? row.attempts : row.attempts + 1
  await update(payload, row.id, { status: polling ? 'pending' : 'sending', claimedAt: now.toISOString(), attempts })
  const channel = await loadChannel(payload, row.channel)
  try {
    if (!channel?.enabled) throw new DeliveryError('渠道已停用或不存在 / Channel disabled or missing', { retryable: false })
    const outcome = await run(payload, { ...row, attempts }, channel, now, polling)
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

async function run(payload: Payload, row: Row, channel: ChannelRecord, now: Date, polling: boolean) {
  const adapter = adapterFor(channel.kind)
  const ctx: DeliveryContext = {
    payload,
    channel,
    delivery: row,
    now,
    saveProgress: async (progress) => {
      row.progress = { ...(row.progress ?? {}), ...progress }
      await update(payload, row.id, { progress: row.progress })
    },
  }
  if (polling && adapter.poll) return adapter.poll(ctx)
  if (row.action === 'withdraw') return adapter.withdraw(ctx)
  const doc = await payload.findByID({ collection: row.docCollection, id: row.docId, depth: 1, overrideAccess: true, disableErrors: true })
  // A newer edition or a withdrawal has its own delivery; this one has nothing left to do.
  if (!doc || doc._status !== 'published' || String(doc.updatedAt) !== row.version) return 'superseded' as const
  const rendered = renderForChannel(channel.kind, DOC_TYPE[row.docCollection], doc as Record<string, unknown>)
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

function update(payload: Payload, id: Row['id'], data: Record<string, unknown>) {
  return payload.update({ collection: 'deliveries', id, data, depth: 0, overrideAccess: true })
}
