import type { Payload, PayloadRequest } from 'payload'

import type { ChannelRecord } from '../../../channels/types'
import { relationId, staffOf } from '../../access/principal'
import { claimKey, finish } from '../../clock/lease'
import { siteUrl } from '../../publishing/outbox/render'
import { formatDate } from '../../../templates/shared/dates'
import { loadFeedbackSettings } from '../settings/load'
import { replySubject } from './compose'
import { AnswerError } from './errors'
import { departmentName, findCaseByNo, lastWeChatMessageAt, loadCase } from './lookup'
import { sendMail } from './mail'
import { planRoute } from './route'
import { mayAnswer } from './rules'
import type { CaseDoc, Id, TimelineEntry } from './types'
import {
  closedCasePatch,
  hashVisitToken,
  isTokenShape,
  isVisitOpen,
  newVisitToken,
  validRating,
  visitDue,
  visitInvite,
  visitOutcome,
  visitPath,
  type VisitInvite,
} from './visit'
import { wechatClientFor } from './wechat'

/**
 * 办结 and 回访 with I/O: closing an answered case starts a visit round (a link by e-mail or WeChat,
 * the app or kiosk client, or an official's call); the citizen's rating, or the official's record
 * of the call, closes the round, and a bad rating reopens the case with a rectification deadline.
 */

type User = PayloadRequest['user']
type Req = Partial<PayloadRequest> | undefined

const CTX = { feedbackSystem: true, answerService: true }

function saveCase(payload: Payload, id: Id, data: Record<string, unknown>, req?: Req): Promise<CaseDoc> {
  return payload.update({ collection: 'feedback', id, data: data as never, overrideAccess: true, depth: 0, req, context: CTX }) as unknown as Promise<CaseDoc>
}

export interface CloseResult {
  case: CaseDoc
  invite: VisitInvite | null
  /** The link token (only the hash is stored). Never give it to staff: it lets anyone rate. */
  token?: string
  /** Whether the invitation reached the citizen (pull: their client shows it). */
  invited: boolean
}

/** 办结: an official closes an answered (or re-answered) case; the visit round starts. */
export async function closeCase(payload: Payload, id: Id, o: { user?: User; now?: Date; note?: string | null; req?: Req } = {}): Promise<CloseResult> {
  const now = o.now ?? new Date()
  const c = await loadCase(payload, id, o.req)
  if (o.user !== undefined && !mayAnswer(o.user, c.department)) throw new AnswerError(403, '无权办结该部门的诉求', "Not allowed to close this department's cases")
  if (c.status === 'closed') throw new AnswerError(409, '该诉求已办结', 'The case is already closed', 'status')
  if ((c.status !== 'answered' && c.status !== 'reopened') || !c.sla?.answeredAt) {
    throw new AnswerError(409, '诉求答复后才能办结，请先答复市民', 'Only an answered case can be closed', 'status')
  }
  const claimed = await claimKey(payload, 'case-close', `close:${c.id}:${c.updatedAt ?? ''}`, now)
  if (claimed === null) throw new AnswerError(409, '该诉求正在办结', 'The case is being closed', 'status')
  const result = await closeAndInvite(payload, c, { now, actor: staffOf(o.user ?? null)?.id ?? null, note: o.note, req: o.req })
  await finish(payload, claimed, 'done', `closed, invite ${result.invite ?? 'none'}`)
  return result
}

/**
 * Writes the closing (closedAt, rectification done, a new token when a visit round is due) and
 * sends the invitation. Also what a form edit to 办结 runs afterwards (hooks.ts): closed → closed is
 * an allowed move, so the same patch serves both.
 */
export async function closeAndInvite(payload: Payload, c: CaseDoc, o: { now: Date; actor?: Id | null; note?: string | null; req?: Req }): Promise<CloseResult> {
  const settings = await loadFeedbackSettings(payload)
  const round = visitDue(c)
  const invite = round ? visitInvite(c) : null
  const link = invite === 'email' || invite === 'wechat' || invite === 'pull' ? newVisitToken() : null
  const patch = closedCasePatch(c, { now: o.now, actor: o.actor, invite: invite ?? 'none', tokenHash: link?.hash ?? null, returnVisitDays: settings.badRating.returnVisitDays, note: o.note })
  let saved = await saveCase(payload, c.id, patch, o.req)
  let invited = invite === 'pull'
  if (link && (invite === 'email' || invite === 'wechat')) {
    try {
      await sendInvitation(payload, saved, invite, link.token, o.now)
      invited = true
    } catch (err) {
      const reason = (err as AnswerError).zh ?? (err as Error)?.message ?? String(err)
      const entry: TimelineEntry = { at: o.now.toISOString(), action: '回访邀请未送达', note: `${reason}；请电话回访`.slice(0, 500) }
      saved = await saveCase(payload, c.id, { timeline: [...(saved.timeline ?? []), entry] }, o.req)
    }
  }
  return { case: saved, invite, token: link?.token, invited }
}

const RATING_PROMPT = '请对办理结果评价（非常满意、满意、基本满意、不满意、非常不满意）'

async function sendInvitation(payload: Payload, c: CaseDoc, invite: 'email' | 'wechat', token: string, now: Date): Promise<void> {
  const url = `${siteUrl()}${visitPath(token)}`
  const department = await departmentName(payload, c.department)
  const intro = `您于${formatDate(c.receivedAt)}反映的问题（受理编号 ${c.caseNo}）已由${department}办结。`
  if (invite === 'email') {
    const citizenId = c.thread?.messageId?.trim() || undefined
    await sendMail(payload, {
      to: c.contact!.email!,
      subject: c.thread?.subject ? replySubject(c.thread.subject, c.caseNo) : `请对办理结果进行评价（受理编号 ${c.caseNo}）`,
      ...(citizenId ? { inReplyTo: citizenId, references: [citizenId] } : {}),
      text: ['您好：', '', intro, `${RATING_PROMPT}：`, url, '', '评价不满意的，我们将重新办理并限期整改。感谢您的监督！', '', department].join('\n'),
    })
    return
  }
  const plan = planRoute({ case: c, public: false, lastUserMessageAt: await lastWeChatMessageAt(payload, c), now })
  if (!plan.ok) throw new AnswerError(409, plan.zh, plan.en, 'route')
  const client = await wechatClientFor(payload, c)
  await client.sendCustomText(plan.to!, `${intro}\n${RATING_PROMPT}：\n${url}`)
}

export interface VisitResult {
  case: CaseDoc
  reopened: boolean
  rectificationDue?: string
}

async function applyVisit(
  payload: Payload,
  c: CaseDoc,
  key: string,
  v: { rating: number | null; now: Date; via: string; actor?: Id | null; comment?: string | null; req?: Req },
): Promise<VisitResult> {
  const claimed = await claimKey(payload, 'return-visit', key, v.now)
  if (claimed === null) throw new AnswerError(409, '已收到您的评价，感谢您的反馈', 'This visit was already recorded', 'rating')
  const settings = await loadFeedbackSettings(payload)
  const out = visitOutcome(c, { rating: v.rating, now: v.now, rectificationDays: settings.badRating.rectificationDays, actor: v.actor, via: v.via, comment: v.comment })
  const saved = await saveCase(payload, c.id, out.patch, v.req)
  await finish(payload, claimed, 'done', `rating ${v.rating ?? '-'}${out.reopened ? ', reopened' : ''}`)
  return { case: saved, reopened: out.reopened, rectificationDue: out.rectificationDue?.toISOString() }
}

function assertRating(rating: unknown, optional = false): number | null {
  if (optional && (rating === null || rating === undefined || rating === '')) return null
  const n = typeof rating === 'string' ? Number(rating) : rating
  if (!validRating(n)) throw new AnswerError(400, '评价须为 1 至 5 的整数（5 非常满意，1 非常不满意）', 'rating must be an integer from 1 to 5', 'rating')
  return n
}

async function caseByToken(payload: Payload, token: string): Promise<CaseDoc | null> {
  if (!isTokenShape(token)) return null
  const { docs } = await payload.find({ collection: 'feedback', where: { 'returnVisit.token': { equals: hashVisitToken(token) } }, limit: 1, depth: 0, overrideAccess: true })
  return (docs[0] as unknown as CaseDoc) ?? null
}

/** The citizen rates from the link (page form, no login). */
export async function submitVisitByToken(payload: Payload, token: string, input: { rating: unknown; comment?: string | null; now?: Date }): Promise<VisitResult> {
  const rating = assertRating(input.rating)
  const c = await caseByToken(payload, token)
  if (!c) throw new AnswerError(404, '评价链接无效或已失效', 'Unknown or expired visit link', 'token')
  if (c.returnVisit?.visitedAt) throw new AnswerError(409, '已收到您的评价，感谢您的反馈', 'Already rated', 'rating')
  if (c.status !== 'closed') throw new AnswerError(409, '该诉求正在重新办理，办结后将再次邀请您评价', 'The case is being worked again', 'status')
  return applyVisit(payload, c, `visit:${c.id}:${c.returnVisit!.token}`, { rating, now: input.now ?? new Date(), via: '市民评价', comment: input.comment })
}

/** What the link page shows: never contact data, the citizen's text masked. */
export async function visitPageData(payload: Payload, token: string) {
  const c = await caseByToken(payload, token)
  if (!c) return null
  return {
    caseNo: c.caseNo,
    receivedAt: c.receivedAt,
    closedAt: c.sla?.closedAt ?? null,
    department: await departmentName(payload, c.department),
    maskedText: c.maskedText ?? '',
    open: isVisitOpen(c),
    rating: c.returnVisit?.visitedAt ? (c.returnVisit?.rating ?? null) : null,
    reopened: c.status !== 'closed',
    rectificationDue: c.returnVisit?.rectificationDue ?? null,
  }
}

/** The case a channel client asks about: only its own (sourceChannel), and only with the right client id. */
export async function channelCase(payload: Payload, channel: Pick<ChannelRecord, 'id'>, caseNo: string, clientId?: string | null): Promise<CaseDoc | null> {
  const c = await findCaseByNo(payload, caseNo.trim())
  if (!c || String(relationId(c.sourceChannel)) !== String(channel.id)) return null
  if (clientId && c.clientId && clientId !== c.clientId) return null
  return c
}

/** The citizen rates in the app or at a kiosk (GraphQL submitReturnVisit). The client id proves the item is theirs. */
export async function submitVisitByChannel(
  payload: Payload,
  channel: Pick<ChannelRecord, 'id'>,
  input: { caseNo: string; clientId?: string | null; rating: unknown; now?: Date },
): Promise<VisitResult> {
  const rating = assertRating(input.rating)
  const c = await channelCase(payload, channel, input.caseNo, input.clientId)
  if (!c || (c.clientId && input.clientId !== c.clientId)) throw new AnswerError(404, '未找到本渠道提交的该诉求', 'No such case from this channel', 'caseNo')
  if (!isVisitOpen(c)) throw new AnswerError(409, '该诉求当前无需评价', 'No return visit is open for this case', 'caseNo')
  return applyVisit(payload, c, `visit:${c.id}:${c.returnVisit!.token}`, { rating, now: input.now ?? new Date(), via: '市民评价' })
}

/** 电话回访: an official records the call (bad 好差评 ratings need one, 100%); the rating is optional. */
export async function recordVisit(
  payload: Payload,
  id: Id,
  o: { user?: User; rating?: unknown; note?: string | null; now?: Date; req?: Req },
): Promise<VisitResult> {
  const now = o.now ?? new Date()
  const c = await loadCase(payload, id, o.req)
  if (o.user !== undefined && !mayAnswer(o.user, c.department)) throw new AnswerError(403, '无权回访该部门的诉求', "Not allowed to visit this department's cases")
  if (!['assigned', 'answered', 'closed', 'reopened'].includes(c.status)) {
    throw new AnswerError(409, '该诉求当前不需要回访', `A case that is ${c.status} needs no return visit`, 'status')
  }
  if (c.returnVisit?.visitedAt) {
    throw new AnswerError(409, '本轮回访已记录', 'This return visit is already recorded', 'returnVisit')
  }
  const rating = assertRating(o.rating, true)
  return applyVisit(payload, c, `visit:${c.id}:${c.updatedAt ?? ''}`, { rating, now, via: '电话回访', actor: staffOf(o.user ?? null)?.id ?? null, comment: o.note, req: o.req })
}
