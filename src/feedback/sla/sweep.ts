import type { Payload, Where } from 'payload'

import { sendDeadlineWarning, sendEscalation, sendOnce, bjTime, type CaseSummary } from '../alerts/send'
import { loadFeedbackSettings } from '../settings/load'

type Id = number | string
type Case = CaseSummary & { receivedAt: string; sla?: { dueAt?: string | null; warnedAt?: string | null; escalatedAt?: string | null } | null; timeline?: unknown[] }

const OPEN: Where = { status: { in: ['triaged', 'assigned', 'reopened'] } }

async function openCases(payload: Payload, extra: Where): Promise<Case[]> {
  const { docs } = await payload.find({
    collection: 'feedback',
    where: { and: [OPEN, extra] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { caseNo: true, maskedText: true, channel: true, receivedAt: true, department: true, triage: true, sla: true, timeline: true },
  })
  return docs as unknown as Case[]
}

async function mark(payload: Payload, c: Case, sla: Record<string, string>, action: string, note: string) {
  await payload.update({
    collection: 'feedback',
    id: c.id,
    overrideAccess: true,
    depth: 0,
    context: { feedbackSystem: true },
    data: { sla: { ...(c.sla ?? {}), ...sla }, timeline: [...(c.timeline ?? []), { at: sla[Object.keys(sla)[0]], action, note }] } as never,
  })
}

/**
 * The SLA sweep (clock job `feedback-sla`): warns at the configured share of the time allowed,
 * escalates overdue cases to the department head and supervisors (督办), chases overdue return
 * visits of bad ratings and unanswered public-sentiment alerts. Each mail is sent once.
 */
export async function sweepDeadlines(payload: Payload, now = new Date()): Promise<string> {
  const settings = await loadFeedbackSettings(payload)
  let warned = 0
  let escalated = 0
  for (const c of await openCases(payload, { and: [{ 'sla.dueAt': { exists: true } }, { 'sla.warnedAt': { exists: false } }] })) {
    const start = new Date(c.receivedAt).getTime()
    const due = new Date(c.sla!.dueAt!).getTime()
    if (now.getTime() >= start + settings.warnAt * (due - start) && now.getTime() < due) {
      await sendDeadlineWarning(payload, c, settings.alertEmails)
      await mark(payload, c, { warnedAt: now.toISOString() }, '临期提醒', `期限 ${bjTime(c.sla!.dueAt!)}`)
      warned++
    }
  }
  for (const c of await openCases(payload, { and: [{ 'sla.dueAt': { less_than: now.toISOString() } }, { 'sla.escalatedAt': { exists: false } }] })) {
    await sendEscalation(payload, c, settings.alertEmails)
    await mark(payload, c, { escalatedAt: now.toISOString() }, '超期督办', `期限 ${bjTime(c.sla!.dueAt!)} 已过`)
    escalated++
  }
  const visits = await chaseReturnVisits(payload, now, settings.alertEmails)
  const alerts = await chaseSentimentAlerts(payload, now, settings.alertEmails)
  return `提醒 ${warned}，督办 ${escalated}，回访催办 ${visits}，舆情回应催办 ${alerts} / warned, escalated, visits, alerts`
}

/** Bad ratings whose return visit is overdue: the department head and supervisors hear of it. */
async function chaseReturnVisits(payload: Payload, now: Date, extra: string[]): Promise<number> {
  const { docs } = await payload.find({
    collection: 'feedback',
    where: { and: [{ 'returnVisit.required': { equals: true } }, { 'returnVisit.visitedAt': { exists: false } }, { 'returnVisit.due': { less_than: now.toISOString() } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { caseNo: true, maskedText: true, channel: true, receivedAt: true, department: true, returnVisit: true },
  })
  let n = 0
  for (const c of docs as unknown as Array<CaseSummary & { returnVisit: { due: string } }>) {
    const sent = await sendOnce(payload, `visit-overdue:${c.id}`, { department: c.department, heads: true, supervisors: true, extra }, {
      subject: `【回访超期】差评 ${c.caseNo} 未在期限内回访`,
      text: [`受理编号：${c.caseNo}`, `回访期限：${bjTime(c.returnVisit.due)}`, `内容（已脱敏）：${c.maskedText ?? ''}`, '', '差评须100%回访核实并限期整改，请尽快处理。', `Return visit for bad rating ${c.caseNo} is overdue.`].join('\n'),
    })
    if (sent.length) n++
  }
  return n
}

/** Public-sentiment alerts past their 48-hour response clock. */
async function chaseSentimentAlerts(payload: Payload, now: Date, extra: string[]): Promise<number> {
  const { docs } = await payload.find({
    collection: 'topics',
    where: { and: [{ alertStatus: { equals: 'raised' } }, { 'alert.respondedAt': { exists: false } }, { 'alert.responseDue': { less_than: now.toISOString() } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  let n = 0
  for (const t of docs as Array<{ id: Id; label?: string; department?: Id | null; alert?: { responseDue?: string; raisedAt?: string } }>) {
    const sent = await sendOnce(payload, `topic-overdue:${t.id}:${t.alert?.raisedAt ?? ''}`, { department: t.department, heads: true, supervisors: true, extra }, {
      subject: `【舆情回应超期】${t.label ?? ''}`,
      text: [`话题：${t.label ?? ''}`, `回应期限：${t.alert?.responseDue ? bjTime(t.alert.responseDue) : ''}`, '', '该舆情预警已超过回应期限，请尽快回应社会关切。', 'A public-sentiment alert is past its response deadline.'].join('\n'),
    })
    if (sent.length) n++
  }
  return n
}
