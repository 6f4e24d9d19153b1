import { randomBytes } from 'node:crypto'
import type { Payload, PayloadRequest } from 'payload'

import { WeChatApiError } from '../../../channels/wechat/client'
import { relationId, staffOf } from '../../access/principal'
import { claimKey, finish } from '../../clock/lease'
import { canMove } from '../case/machine'
import { STATUS_LABELS } from '../labels'
import { loadFeedbackSettings } from '../settings/load'
import { answerMail, answerMessageId, answeredCasePatch, wechatAnswerText, type AnswerFacts } from './compose'
import { AnswerError } from './errors'
import { departmentName, lastWeChatMessageAt, loadCase, loadResponse } from './lookup'
import { hubFromAddress, sendMail } from './mail'
import { OVERRIDE_ROUTES, naturalRoute, planRoute, type OverrideRoute } from './route'
import { mayAnswer, mayApprove, SENDABLE_STATUSES } from './rules'
import type { CaseDoc, Id, ResponseDoc } from './types'
import { wechatClientFor } from './wechat'

/**
 * The answer lifecycle with I/O (README.md): submit → (review) → deliver on the citizen's route →
 * the case is answered. Every delivery first claims `answer:<id>:<updatedAt>` in cron-runs, so a
 * retried or concurrent send of the same state delivers once.
 */

type User = PayloadRequest['user']

export interface ActionOptions {
  /** The staff member acting; undefined for the hub itself (CLI, jobs). */
  user?: User
  now?: Date
  /** The surrounding request (admin form hooks), so writes join its transaction. */
  req?: Partial<PayloadRequest>
}

export type Outcome = 'pending_review' | 'sent' | 'awaiting_call' | 'needs_other_route' | 'failed' | 'already_sent' | 'in_progress' | 'draft'

export interface ActionResult {
  outcome: Outcome
  response: ResponseDoc
  /** Why it did not go (Chinese), for the official. */
  message?: string
}

const AWAITING_CALL = '待电话答复：致电市民后，请确认「已电话答复」'

function saveResponse(payload: Payload, id: Id, data: Record<string, unknown>, req?: Partial<PayloadRequest>): Promise<ResponseDoc> {
  return payload.update({ collection: 'responses', id, data: data as never, overrideAccess: true, depth: 0, req, context: { answerService: true } }) as unknown as Promise<ResponseDoc>
}

function assertActor(user: User | undefined, c: CaseDoc): void {
  if (user === undefined) return
  if (!staffOf(user)) throw new AnswerError(401, '请先登录', 'Staff login required')
  if (!mayAnswer(user, c.department)) throw new AnswerError(403, '无权答复该部门的诉求', "Not allowed to answer this department's cases")
}

function assertAnswerable(c: CaseDoc): void {
  if (canMove(c.status, 'answered')) return
  const hint = c.status === 'closed' ? '如需再次答复，请先重新办理' : c.status === 'new' || c.status === 'triaged' ? '请先分拨给承办部门' : '该诉求无需答复'
  throw new AnswerError(409, `诉求当前状态为「${STATUS_LABELS[c.status]}」，不能答复；${hint}`, `A case that is ${c.status} cannot be answered`, 'feedback')
}

/** An override the official chose, now or when submitting for review (kept in `route`). */
function overrideOf(asked: OverrideRoute | null | undefined, r: ResponseDoc): OverrideRoute | null {
  if (asked) {
    if (!OVERRIDE_ROUTES.includes(asked)) throw new AnswerError(400, `未知的送达方式：${String(asked)}`, `Unknown route, expected ${OVERRIDE_ROUTES.join(', ')}`, 'route')
    return asked
  }
  return OVERRIDE_ROUTES.includes(r.route as OverrideRoute) ? (r.route as OverrideRoute) : null
}

/**
 * 发送: with review required and no approval yet, the answer goes to pending_review; otherwise it
 * is delivered. A sent answer is reported as already sent, never sent again.
 */
export async function sendAnswer(payload: Payload, id: Id, o: ActionOptions & { called?: boolean; route?: OverrideRoute | null } = {}): Promise<ActionResult> {
  const now = o.now ?? new Date()
  const r = await loadResponse(payload, id, o.req)
  const c = await loadCase(payload, r.feedback, o.req)
  assertActor(o.user, c)
  if (r.status === 'sent') return { outcome: 'already_sent', response: r }
  if (r.status === 'pending_review') {
    throw new AnswerError(409, '答复正在等待审核，须由本部门其他人员或督办审核通过后发送', 'The answer is waiting for review', 'status')
  }
  if (r.status === 'sending') {
    if (r.route === 'phone' && o.called) return completeCall(payload, r, c, now, o.req)
    return { outcome: r.route === 'phone' ? 'awaiting_call' : 'in_progress', response: r, message: r.error ?? undefined }
  }
  if (!SENDABLE_STATUSES.includes(r.status)) throw new AnswerError(409, '该答复当前不能发送', `Cannot send an answer that is ${r.status}`, 'status')
  assertAnswerable(c)
  const override = overrideOf(o.route, r)
  const settings = await loadFeedbackSettings(payload)
  if (settings.requireAnswerReview && relationId(r.reviewer) === null) {
    const saved = await saveResponse(payload, r.id, { status: 'pending_review', error: null, ...(override ? { route: override } : {}) }, o.req)
    return { outcome: 'pending_review', response: saved }
  }
  return deliver(payload, r, c, { now, called: o.called, override, req: o.req })
}

/** 审核通过: a different staff member approves; the answer is delivered at once. */
export async function approveAnswer(payload: Payload, id: Id, o: ActionOptions & { called?: boolean } = {}): Promise<ActionResult> {
  const now = o.now ?? new Date()
  const r = await loadResponse(payload, id, o.req)
  const c = await loadCase(payload, r.feedback, o.req)
  if (r.status !== 'pending_review') {
    if (r.status === 'sent') return { outcome: 'already_sent', response: r }
    throw new AnswerError(409, '该答复不在待审核状态', `The answer is ${r.status}, not pending review`, 'status')
  }
  const verdict = mayApprove(o.user ?? null, r.author, c.department)
  if (!verdict.ok) throw new AnswerError(verdict.status, verdict.zh, verdict.en, 'reviewer')
  assertAnswerable(c)
  return deliver(payload, r, c, { now, called: o.called, override: overrideOf(null, r), reviewer: staffOf(o.user ?? null)!.id, req: o.req })
}

/** 退回修改: back to draft with the reason; the author or anyone who may approve can do it. */
export async function rejectAnswer(payload: Payload, id: Id, o: ActionOptions & { reason?: string | null } = {}): Promise<ActionResult> {
  const r = await loadResponse(payload, id, o.req)
  const c = await loadCase(payload, r.feedback, o.req)
  if (r.status !== 'pending_review') throw new AnswerError(409, '该答复不在待审核状态', `The answer is ${r.status}, not pending review`, 'status')
  const staff = staffOf(o.user ?? null)
  const isAuthor = !!staff && String(relationId(r.author)) === String(staff.id)
  const verdict = mayApprove(o.user ?? null, r.author, c.department)
  if (!isAuthor && !verdict.ok) throw new AnswerError(verdict.status, verdict.zh, verdict.en, 'reviewer')
  const reason = (o.reason ?? '').trim().slice(0, 500)
  const saved = await saveResponse(payload, r.id, { status: 'draft', reviewer: null, error: reason ? `退回修改：${reason}` : '退回修改' }, o.req)
  return { outcome: 'draft', response: saved }
}

interface DeliverOptions {
  now: Date
  called?: boolean
  override: OverrideRoute | null
  reviewer?: Id
  req?: Partial<PayloadRequest>
}

async function deliver(payload: Payload, r: ResponseDoc, c: CaseDoc, o: DeliverOptions): Promise<ActionResult> {
  const route = o.override ?? naturalRoute(c)
  const lastUserMessageAt = route === 'wechat' ? await lastWeChatMessageAt(payload, c) : null
  const plan = planRoute({ case: c, public: !!r.public, override: o.override, lastUserMessageAt, now: o.now })
  const claimed = await claimKey(payload, 'answer', `answer:${r.id}:${r.updatedAt}`, o.now)
  if (claimed === null) return { outcome: 'in_progress', response: await loadResponse(payload, r.id, o.req) }
  const base = { route: plan.route, ...(o.reviewer !== undefined ? { reviewer: o.reviewer } : {}) }
  if (!plan.ok) {
    const saved = await saveResponse(payload, r.id, { ...base, status: 'needs_other_route', error: plan.zh }, o.req)
    await finish(payload, claimed, 'done', `needs_other_route: ${plan.en}`)
    return { outcome: 'needs_other_route', response: saved, message: plan.zh }
  }
  if (plan.route === 'phone' && !o.called) {
    const saved = await saveResponse(payload, r.id, { ...base, status: 'sending', error: AWAITING_CALL }, o.req)
    await finish(payload, claimed, 'done', 'awaiting the call')
    return { outcome: 'awaiting_call', response: saved, message: AWAITING_CALL }
  }
  const messageId = plan.route === 'email' ? answerMessageId(r.id, randomBytes(6).toString('hex'), hubFromAddress(payload)) : null
  // The Message-ID is stored before the mail leaves: a citizen's reply threads even if we crash right after.
  await saveResponse(payload, r.id, { ...base, status: 'sending', error: null, ...(messageId ? { externalId: messageId } : {}) }, o.req)
  const facts: AnswerFacts = { caseNo: c.caseNo, receivedAt: c.receivedAt, department: await departmentName(payload, c.department ?? r.department, o.req), body: r.body }
  try {
    if (plan.route === 'wechat') {
      const client = await wechatClientFor(payload, c)
      await client.sendCustomText(plan.to!, wechatAnswerText(facts))
    } else if (plan.route === 'email') {
      await sendMail(payload, answerMail({ ...facts, to: plan.to!, messageId: messageId!, thread: c.thread }))
    }
  } catch (err) {
    const windowClosed = err instanceof WeChatApiError && (err.kind === 'cs_window' || err.kind === 'cs_quota')
    const message = windowClosed
      ? `微信拒绝了客服消息（${err.errcode}：${err.kind === 'cs_window' ? '已超过 48 小时时限或市民已取消关注' : '客服消息条数已用完'}），请改用电话或公开答复等其他方式`
      : `发送失败：${(err as Error)?.message ?? String(err)}`.slice(0, 1000)
    const saved = await saveResponse(payload, r.id, { status: windowClosed ? 'needs_other_route' : 'failed', error: message }, o.req)
    await finish(payload, claimed, 'failed', message)
    return { outcome: windowClosed ? 'needs_other_route' : 'failed', response: saved, message }
  }
  return markSent(payload, r, c, { now: o.now, claimed, department: facts.department, route: plan.route, req: o.req })
}

/** The official confirms the call: the phone answer counts from now. */
async function completeCall(payload: Payload, r: ResponseDoc, c: CaseDoc, now: Date, req?: Partial<PayloadRequest>): Promise<ActionResult> {
  assertAnswerable(c)
  const claimed = await claimKey(payload, 'answer', `answer:${r.id}:${r.updatedAt}`, now)
  if (claimed === null) return { outcome: 'in_progress', response: await loadResponse(payload, r.id, req) }
  const department = await departmentName(payload, c.department ?? r.department, req)
  return markSent(payload, r, c, { now, claimed, department, route: 'phone', req })
}

async function markSent(
  payload: Payload,
  r: ResponseDoc,
  c: CaseDoc,
  o: { now: Date; claimed: Id; department: string; route: NonNullable<ResponseDoc['route']>; req?: Partial<PayloadRequest> },
): Promise<ActionResult> {
  let saved = await saveResponse(payload, r.id, { status: 'sent', sentAt: o.now.toISOString(), error: null }, o.req)
  try {
    // Re-read: the timeline may have grown (a follow-up, the SLA sweep) since the send began.
    const fresh = await loadCase(payload, c.id, o.req)
    await payload.update({
      collection: 'feedback',
      id: c.id,
      data: answeredCasePatch(fresh, { now: o.now, actor: relationId(r.author), route: o.route, department: o.department }) as never,
      overrideAccess: true,
      depth: 0,
      req: o.req,
      context: { feedbackSystem: true, answerService: true },
    })
    await finish(payload, o.claimed, 'done', `sent via ${o.route}`)
  } catch (err) {
    // Delivered all the same: say so rather than invite a second send.
    const note = `已送达，但诉求状态未能更新：${(err as Error)?.message ?? String(err)}`.slice(0, 1000)
    payload.logger.error({ err }, `答复已送达但诉求未更新 / answer sent, case not updated: ${c.caseNo}`)
    saved = await saveResponse(payload, r.id, { error: note }, o.req)
    await finish(payload, o.claimed, 'failed', note)
  }
  return { outcome: 'sent', response: saved }
}
