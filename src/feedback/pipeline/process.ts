import type { Payload } from 'payload'

import { addWorkingDays } from '../sla/calendar'
import { deadlinesFor } from '../sla/policy'
import { loadFeedbackSettings } from '../settings/load'
import type { FeedbackSettingsData } from '../settings/defaults'
import { triage } from '../triage'
import type { TriageResult } from '../triage/types'
import { sendUrgentAlert } from '../alerts/send'
import { hubTriageContext, type HubTriageContext } from './context'
import { refreshTopic, topicIndexFor, topicRecordId } from './topics'

type Id = number | string

interface NewItem {
  id: Id
  caseNo: string
  channel: string
  kind: 'message' | 'rating' | 'useful'
  text?: string | null
  maskedText?: string | null
  rating?: number | null
  useful?: boolean | null
  guideCode?: string | null
  guide?: Id | null
  receivedAt: string
  thread?: { parent?: Id | null } | null
}

const BATCH = 200
/** Shorter texts ("好", "谢谢") say nothing a topic could group on. */
const MIN_TOPIC_CHARS = 6

/** Whether an item needs anyone's work, or is a signal only (a good rating, a bare yes/no). */
function needsHandling(item: NewItem, r: TriageResult): boolean {
  if (r.urgent) return true
  if (item.kind === 'rating') return (item.rating ?? 5) <= 2 || !!item.text
  if (item.kind === 'useful') return !!item.text
  return true
}

function decide(item: NewItem, r: TriageResult, ctx: HubTriageContext, settings: FeedbackSettingsData, now: Date) {
  const receivedAt = new Date(item.receivedAt)
  const guide = item.guide ?? (r.guide ? (ctx.guideIdByCode.get(r.guide) ?? null) : null)
  const routed = r.department ? (ctx.departmentIdByCode.get(r.department) ?? null) : null
  // A rating or page vote is about its guide: its department answers, whatever the words say.
  const byGuide = guide != null && item.kind !== 'message' ? (ctx.guideDepartmentById.get(String(guide)) ?? null) : null
  const department = byGuide ?? routed
  const confident = byGuide != null || r.urgent || r.routeScore >= settings.autoRouteScore
  const handle = needsHandling(item, r)
  const badRating = item.kind === 'rating' && (item.rating ?? 5) <= 2
  const category = badRating && r.category !== 'report' ? 'complaint' : r.category
  const deadlines = handle ? deadlinesFor(settings.slaPolicies, receivedAt, { category, urgent: r.urgent }) : null
  let status: string = 'triaged'
  if (!handle) status = 'closed'
  else if (department != null && confident) status = 'assigned'
  const data: Record<string, unknown> = {
    status,
    guide: guide ?? undefined,
    department: status === 'assigned' || !handle ? (department ?? undefined) : undefined,
    triage: {
      sentiment: r.sentiment,
      sentimentScore: Math.round(r.sentimentScore * 1000) / 1000,
      category,
      urgent: r.urgent,
      urgentReasons: r.urgentReasons,
      urgentEvidence: r.urgentEvidence,
      routeScore: Math.round(r.routeScore * 1000) / 1000,
      suggestedDepartment: department ?? undefined,
      triagedAt: now.toISOString(),
    },
    sla: deadlines
      ? { policy: deadlines.policy, firstResponseDue: deadlines.firstResponseDue.toISOString(), dueAt: deadlines.dueAt.toISOString() }
      : { closedAt: now.toISOString() },
    timeline: [{ at: now.toISOString(), action: status === 'assigned' ? '自动分拨' : status === 'closed' ? '自动归档' : '待人工分拨', note: autoNote(r, ctx, department) }],
  }
  if (badRating) {
    data.returnVisit = { required: true, due: addWorkingDays(receivedAt, settings.badRating.returnVisitDays).toISOString() }
  }
  return data
}

function autoNote(r: TriageResult, ctx: HubTriageContext, department: Id | null): string {
  const dep = department != null ? ctx.departmentCodeById.get(String(department)) : null
  const parts = [`置信度 ${r.routeScore.toFixed(2)}`]
  if (dep) parts.push(`部门 ${dep}`)
  if (r.urgent) parts.push(`紧急：${r.urgentReasons.join(',')}`)
  return parts.join('；')
}

/**
 * Triage every item waiting in status `new`: labels, routing, deadlines, topic, alerts. Runs right
 * after intake (kick) and from the clock. Deterministic and written as one update per item, so two
 * hub processes triaging the same item write the same thing; topic counts are recounted.
 */
export async function processNewFeedback(payload: Payload, now = new Date()): Promise<number> {
  let done = 0
  const settings = await loadFeedbackSettings(payload)
  const ctx = await hubTriageContext(payload)
  for (;;) {
    const { docs } = await payload.find({
      collection: 'feedback',
      where: { status: { equals: 'new' } },
      sort: 'receivedAt',
      limit: BATCH,
      depth: 0,
      overrideAccess: true,
      select: { caseNo: true, channel: true, kind: true, text: true, maskedText: true, rating: true, useful: true, guideCode: true, guide: true, receivedAt: true, thread: true },
    })
    if (!docs.length) break
    const topics = await topicIndexFor(payload, ctx, settings.spike.baselineDays + 1)
    const touched = new Set<Id>()
    for (const item of docs as unknown as NewItem[]) {
      const r = triage({ text: item.text ?? '', channel: item.channel, rating: item.rating, guideCode: item.guideCode }, ctx.triage)
      const data = decide(item, r, ctx, settings, now)
      const parent = item.thread?.parent
      if (parent != null) await attachFollowUp(payload, parent, item, data, now)
      else if ((item.maskedText ?? '').length >= MIN_TOPIC_CHARS && item.kind === 'message') {
        const { topicId } = topics.index.assign(String(item.id), r.tokens, new Date(item.receivedAt))
        topics.seen.add(String(item.id))
        data.topic = await topicRecordId(payload, topicId, r.tokens)
        touched.add(data.topic as Id)
      }
      const updated = await payload.update({ collection: 'feedback', id: item.id, data: data as never, overrideAccess: true, depth: 0, context: { feedbackSystem: true } })
      if (r.urgent) {
        await sendUrgentAlert(payload, updated as never, settings.alertEmails).catch((err) =>
          payload.logger.error({ err }, `紧急诉求提醒发送失败 / urgent alert failed: ${item.caseNo}`),
        )
      }
      done++
    }
    for (const topicId of touched) await refreshTopic(payload, topicId, settings, now, ctx)
    // What this batch triaged is already in the index: the next catch-up starts after it.
    if (!topics.syncedTo || topics.syncedTo < now.toISOString()) topics.syncedTo = now.toISOString()
    if (docs.length < BATCH) break
  }
  return done
}

/** A citizen's follow-up (an e-mail reply): merged into the case, which reopens if it was answered. */
async function attachFollowUp(payload: Payload, parentId: Id, item: NewItem, data: Record<string, unknown>, now: Date) {
  data.status = 'merged'
  data.mergedInto = parentId
  data.sla = { closedAt: now.toISOString() }
  const parent = await payload.findByID({ collection: 'feedback', id: parentId, depth: 0, overrideAccess: true }).catch(() => null)
  if (!parent) return
  const reopen = parent.status === 'answered' || parent.status === 'closed'
  await payload.update({
    collection: 'feedback',
    id: parentId,
    overrideAccess: true,
    depth: 0,
    context: { feedbackSystem: true },
    data: {
      ...(reopen ? { status: 'reopened' } : {}),
      timeline: [...((parent.timeline as unknown[]) ?? []), { at: now.toISOString(), action: '市民追加来信', note: `${item.caseNo}：${item.maskedText ?? ''}`.slice(0, 500) }],
    } as never,
  })
}
