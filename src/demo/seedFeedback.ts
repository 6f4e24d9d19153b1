import type { Payload } from 'payload'

import { acceptFeedback } from '../feedback/intake/accept'
import type { FeedbackChannel, FeedbackKind } from '../feedback/labels'
import { processNewFeedback } from '../feedback/pipeline/process'
import records from './data/feedback.json'

type Id = number | string

interface DemoFeedback {
  ref: string
  daysAgo: number
  /** Beijing hour of day, fractional. */
  hour: number
  channel: FeedbackChannel
  kind?: FeedbackKind
  text?: string
  rating?: number
  useful?: boolean
  guideCode?: string
  /** Worked cases: hours after receipt when answered and closed, and the return-visit rating. */
  handled?: { answerAfterHours: number; closeAfterHours: number; visit?: number; answer: string }
}

const HOUR = 3600_000

/** The instant `daysAgo` days before `now` at `hour` o'clock Beijing time. */
function beijingAt(now: Date, daysAgo: number, hour: number): Date {
  const bjMidnight = Math.floor((now.getTime() + 8 * HOUR) / (24 * HOUR)) * 24 * HOUR - 8 * HOUR
  return new Date(bjMidnight - daysAgo * 24 * HOUR + hour * HOUR)
}

/**
 * Three weeks of citizen feedback for 示例市 across all six channels, so the queue, topics and the
 * dashboard have something to show: stored through the intake service, triaged by the real
 * pipeline (one burst becomes a topic with an alert), and some cases worked to the end the way an
 * official would (answer, close, return visit).
 */
export async function seedFeedback(payload: Payload, officialEmail: string, now = new Date()): Promise<{ items: number; handled: number }> {
  const list = (records as DemoFeedback[]).filter((r) => beijingAt(now, r.daysAgo, r.hour) <= now)
  const ids = new Map<string, Id>()
  for (const r of list) {
    const accepted = await acceptFeedback(payload, {
      channel: r.channel,
      kind: r.kind,
      text: r.text,
      rating: r.rating,
      useful: r.useful,
      guideCode: r.guideCode,
      clientId: `demo-${r.ref}`,
      receivedAt: beijingAt(now, r.daysAgo, r.hour).toISOString(),
    })
    ids.set(r.ref, accepted.id)
    // Triage as it would have run on arrival, so topic spikes and deadlines fall where they did.
    await processNewFeedback(payload, new Date(Math.min(now.getTime(), beijingAt(now, r.daysAgo, r.hour).getTime() + 60_000)))
  }
  const official = (await payload.find({ collection: 'users', where: { email: { equals: officialEmail } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
  let handled = 0
  for (const r of list.filter((x) => x.handled)) {
    const id = ids.get(r.ref)!
    const received = beijingAt(now, r.daysAgo, r.hour)
    const h = r.handled!
    const answeredAt = new Date(received.getTime() + h.answerAfterHours * HOUR)
    const closedAt = new Date(received.getTime() + h.closeAfterHours * HOUR)
    if (closedAt > now) continue
    await workCase(payload, id, official?.id ?? null, h, answeredAt, closedAt)
    handled++
  }
  return { items: list.length, handled }
}

async function workCase(
  payload: Payload,
  id: Id,
  officialId: Id | null,
  h: NonNullable<DemoFeedback['handled']>,
  answeredAt: Date,
  closedAt: Date,
): Promise<void> {
  const ctx = { context: { feedbackSystem: true, demoSeed: true }, overrideAccess: true, depth: 0 } as const
  const doc = await payload.findByID({ collection: 'feedback', id, depth: 0, overrideAccess: true })
  const department = doc.department ?? doc.triage?.suggestedDepartment ?? null
  if (doc.status !== 'assigned') {
    await payload.update({ collection: 'feedback', id, data: { status: 'assigned', department: department ?? undefined } as never, ...ctx })
  }
  await payload.create({
    collection: 'responses',
    data: { feedback: id, department: department ?? undefined, body: h.answer, status: 'sent', route: 'none', public: true, author: officialId ?? undefined, sentAt: answeredAt.toISOString() } as never,
    ...ctx,
  })
  const timeline = [...((doc.timeline as unknown[]) ?? []), { at: answeredAt.toISOString(), action: '答复', actor: officialId ?? undefined }, { at: closedAt.toISOString(), action: '办结', actor: officialId ?? undefined }]
  await payload.update({
    collection: 'feedback',
    id,
    data: { status: 'answered', assignee: officialId ?? undefined, sla: { ...(doc.sla ?? {}), firstResponseAt: answeredAt.toISOString(), answeredAt: answeredAt.toISOString() } } as never,
    ...ctx,
  })
  await payload.update({
    collection: 'feedback',
    id,
    data: {
      status: 'closed',
      timeline,
      sla: { ...(doc.sla ?? {}), firstResponseAt: answeredAt.toISOString(), answeredAt: answeredAt.toISOString(), closedAt: closedAt.toISOString() },
      ...(h.visit ? { returnVisit: { ...(doc.returnVisit ?? {}), visitedAt: new Date(Math.min(Date.now(), closedAt.getTime() + 24 * HOUR)).toISOString(), rating: h.visit } } : {}),
    } as never,
    ...ctx,
  })
}
