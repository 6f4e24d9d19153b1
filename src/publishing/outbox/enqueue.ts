import type { CollectionAfterChangeHook, Payload, PayloadRequest } from 'payload'

import { ALL_CHANNEL_KINDS, type ChannelKind } from '../../../channels/kinds'
import type { DocCollection } from '../../../channels/types'
import type { WorkflowAction } from '../workflow/states'
import { kickOutbox } from './kick'

type Action = 'publish' | 'withdraw'

function outboxAction(applied: WorkflowAction | null | undefined, status: unknown): Action | null {
  if ((applied === 'publish' || applied === 'import') && status === 'published') return 'publish'
  if (applied === 'withdraw' || applied === 'expire') return 'withdraw'
  return null
}

/** Channels that hold (or are about to hold) a live copy of this document. */
async function channelsHolding(payload: Payload, collection: DocCollection, docId: string, req: PayloadRequest) {
  const { docs } = await payload.find({
    collection: 'deliveries',
    where: { and: [{ docCollection: { equals: collection } }, { docId: { equals: docId } }] },
    sort: '-createdAt',
    pagination: false,
    depth: 0,
    req,
  })
  const latest = new Map<string, { action: string; status: string }>()
  for (const d of docs) {
    const id = String(d.channel)
    if (!latest.has(id)) latest.set(id, { action: String(d.action), status: String(d.status) })
  }
  return [...latest.entries()]
    .filter(([, d]) => d.action === 'publish' && d.status !== 'superseded')
    .map(([id]) => id)
}

/**
 * The outbox: publishing, updating or withdrawing a document writes one delivery per channel with
 * the save's `req`, so in the same transaction as the document where the adapter runs one (not
 * Payload's SQLite adapter by default: see README): nothing is delivered that was not saved and
 * nothing saved is forgotten. The worker (./worker.ts) does the sending.
 */
export const enqueueDeliveries: CollectionAfterChangeHook = async ({ doc, req, collection }) => {
  const applied = req.context.workflowApplied as WorkflowAction | null | undefined
  delete req.context.workflowApplied
  const action = outboxAction(applied, doc._status)
  if (!action) return doc
  const slug = collection.slug as DocCollection
  const docId = String(doc.id)
  const holding = new Set(await channelsHolding(req.payload, slug, docId, req))
  const targets = (Array.isArray(doc.targets) && doc.targets.length ? doc.targets : ALL_CHANNEL_KINDS) as ChannelKind[]
  // One read of every channel that can take part: the targeted ones and those holding a copy.
  const { docs: channelDocs } = await req.payload.find({
    collection: 'channels',
    where: {
      or: [
        { and: [{ enabled: { equals: true } }, { kind: { in: targets } }] },
        ...(holding.size ? [{ id: { in: [...holding] } }] : []),
      ],
    },
    pagination: false,
    depth: 0,
    req,
  })
  const byId = new Map(channelDocs.map((c) => [String(c.id), c]))
  const plan: Array<{ channelId: string; action: Action }> = []
  if (action === 'publish') {
    const targeted = new Set(
      channelDocs.filter((c) => c.enabled && targets.includes(c.kind as ChannelKind)).map((c) => String(c.id)),
    )
    for (const id of targeted) plan.push({ channelId: id, action: 'publish' })
    // A channel dropped from the targets loses its live copy.
    for (const id of holding) if (!targeted.has(id)) plan.push({ channelId: id, action: 'withdraw' })
  } else {
    for (const id of holding) plan.push({ channelId: id, action: 'withdraw' })
  }
  if (!plan.length) return doc
  const version = String(doc.updatedAt)
  const key = String(doc.code ?? doc.slug)
  await supersedeOlder(req, slug, docId, plan.map((s) => s.channelId))
  for (const step of plan) {
    const channel = byId.get(step.channelId)
    await req.payload.create({
      collection: 'deliveries',
      data: {
        title: String(doc.title ?? key),
        docCollection: slug,
        docId,
        key,
        version,
        channel: channel?.id ?? step.channelId,
        channelName: channel?.name,
        channelKind: channel?.kind,
        action: step.action,
        status: 'queued',
        attempts: 0,
        nextAttemptAt: new Date().toISOString(),
        dedupeKey: `${slug}:${docId}:${version}:${step.channelId}:${step.action}`,
      },
      depth: 0,
      req,
    })
  }
  kickOutbox(req.payload)
  return doc
}

/** Older editions still waiting for these channels will never be sent: the newest one wins. */
async function supersedeOlder(req: PayloadRequest, collection: DocCollection, docId: string, channelIds: string[]) {
  await req.payload.update({
    collection: 'deliveries',
    where: {
      and: [
        { docCollection: { equals: collection } },
        { docId: { equals: docId } },
        { channel: { in: channelIds } },
        { status: { in: ['queued', 'failed', 'dead'] } },
      ],
    },
    data: { status: 'superseded' },
    depth: 0,
    req,
  })
}
