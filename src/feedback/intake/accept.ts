import type { Payload } from 'payload'

import { kickTriage } from '../pipeline/kick'
import type { Accepted, IntakeItem } from './types'
import { validateIntake } from './validate'

type Doc = { id: number | string; caseNo: string; receivedAt: string }

const dedupKeyOf = (item: IntakeItem): string | null =>
  item.clientId ? `${item.channel}:${item.sourceChannel ?? '-'}:${item.clientId}` : null

async function findByDedupKey(payload: Payload, key: string): Promise<Doc | null> {
  const { docs } = await payload.find({
    collection: 'feedback',
    where: { dedupKey: { equals: key } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { caseNo: true, receivedAt: true },
  })
  return (docs[0] as unknown as Doc) ?? null
}

async function guideIdOf(payload: Payload, code: string | null | undefined): Promise<number | string | null> {
  if (!code) return null
  const { docs } = await payload.find({
    collection: 'service-guides',
    where: { code: { equals: code } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: {},
  })
  return docs[0]?.id ?? null
}

/**
 * The case an e-mail answers: the item whose Message-ID it replies to, or the item our answer
 * (a response whose externalId is the Message-ID we sent) belongs to. Follow-ups hang under the
 * first item of the thread.
 */
async function threadParentOf(payload: Payload, inReplyTo: string | null | undefined): Promise<number | string | null> {
  if (!inReplyTo) return null
  const { docs } = await payload.find({
    collection: 'feedback',
    where: { 'thread.messageId': { equals: inReplyTo } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { thread: true },
  })
  const hit = docs[0] as { id: number | string; thread?: { parent?: number | string | { id: number | string } | null } } | undefined
  if (hit) {
    const parent = hit.thread?.parent
    return parent ? (typeof parent === 'object' ? parent.id : parent) : hit.id
  }
  const answered = await payload.find({
    collection: 'responses',
    where: { externalId: { equals: inReplyTo } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { feedback: true },
  })
  const fb = answered.docs[0]?.feedback as number | string | { id: number | string } | undefined
  return fb ? (typeof fb === 'object' ? fb.id : fb) : null
}

const isUniqueViolation = (err: unknown): boolean =>
  /unique|duplicate key|E11000|SQLITE_CONSTRAINT/i.test(String((err as Error)?.message ?? err)) ||
  /unique|E11000|SQLITE_CONSTRAINT/i.test(String((err as { cause?: Error })?.cause?.message ?? ''))

/**
 * Stores one citizen item, then (and only then) returns what the channel acknowledges. A client id
 * seen before returns the stored case and stores nothing (kiosk offline queues, WeChat retries,
 * a mail gateway re-posting). Triage runs after the commit, off the request path.
 */
export async function acceptFeedback(payload: Payload, raw: IntakeItem): Promise<Accepted> {
  const item = validateIntake(raw)
  const dedupKey = dedupKeyOf(item)
  if (dedupKey) {
    const seen = await findByDedupKey(payload, dedupKey)
    if (seen) return { id: seen.id, caseNo: seen.caseNo, duplicate: true, receivedAt: seen.receivedAt }
  }
  const [guide, parent] = await Promise.all([guideIdOf(payload, item.guideCode), threadParentOf(payload, item.thread?.inReplyTo)])
  try {
    const doc = (await payload.create({
      collection: 'feedback',
      overrideAccess: true,
      depth: 0,
      // Only what the receipt needs: reading the whole document back costs a fifth of the create.
      select: { caseNo: true, receivedAt: true },
      data: {
        channel: item.channel,
        kind: item.kind,
        sourceChannel: item.sourceChannel ?? undefined,
        clientId: item.clientId ?? undefined,
        ...(dedupKey ? { dedupKey } : {}),
        receivedAt: (item.receivedAt as string | undefined) ?? new Date().toISOString(),
        text: item.text ?? '',
        rating: item.rating ?? undefined,
        useful: item.useful ?? undefined,
        guideCode: item.guideCode ?? undefined,
        guide: guide ?? undefined,
        pageUrl: item.pageUrl ?? undefined,
        contact: item.contact ?? undefined,
        attachments: item.attachments ?? undefined,
        thread: item.thread || parent ? { ...(item.thread ?? {}), parent: parent ?? undefined } : undefined,
        status: 'new',
      } as never,
    })) as unknown as Doc
    kickTriage(payload)
    return { id: doc.id, caseNo: doc.caseNo, duplicate: false, receivedAt: doc.receivedAt }
  } catch (err) {
    // Two copies raced past the lookup: the unique key let one in; answer with that one.
    if (dedupKey && isUniqueViolation(err)) {
      const seen = await findByDedupKey(payload, dedupKey)
      if (seen) return { id: seen.id, caseNo: seen.caseNo, duplicate: true, receivedAt: seen.receivedAt }
    }
    throw err
  }
}
