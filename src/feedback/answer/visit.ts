import { createHash, randomBytes } from 'node:crypto'

import { formatDate } from '../../../templates/shared/dates'
import { maskPii } from '../../text/pii'
import { RATING_LABELS } from '../labels'
import { addWorkingDays } from '../sla/calendar'
import { naturalRoute } from './route'
import type { CaseDoc, Id, TimelineEntry } from './types'

/**
 * 回访, the pure part: tokens, who is invited how, and what a rating does to the case. A rating of
 * 1–2 (不满意, 非常不满意) reopens the case with a rectification deadline in working days.
 */

export const VISIT_PATH = '/feedback/visit'
export const visitPath = (token: string) => `${VISIT_PATH}/${encodeURIComponent(token)}`

/** A link token: 32 random bytes for the citizen, only its SHA-256 kept in returnVisit.token. */
export function newVisitToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url')
  return { token, hash: hashVisitToken(token) }
}

export function hashVisitToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex')
}

/** A token as a URL carries it: base64url, 43 characters. Anything else is not ours. */
export const isTokenShape = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token)

/** How the citizen is asked: a link by e-mail or WeChat, their app or kiosk, or an official's call. */
export type VisitInvite = 'email' | 'wechat' | 'pull' | 'phone' | 'none'

export const INVITE_LABELS: Record<VisitInvite, string> = {
  email: '已发邮件邀请市民评价',
  wechat: '已通过公众号邀请市民评价',
  pull: '市民可在渠道客户端评价',
  phone: '请电话回访',
  none: '市民选择无需回复，不回访',
}

export function visitInvite(c: Pick<CaseDoc, 'channel' | 'contact' | 'sourceChannel'>): VisitInvite {
  const route = naturalRoute(c)
  if (route === 'none') return 'none'
  if (route === 'wechat') return c.contact?.openId ? 'wechat' : c.contact?.phone ? 'phone' : 'none'
  if (route === 'email' && c.contact?.email) return 'email'
  if (route === 'pull' && (c.channel === 'app' || c.channel === 'kiosk') && c.sourceChannel) return 'pull'
  if (c.contact?.email) return 'email'
  return c.contact?.phone ? 'phone' : 'none'
}

/** Citizens rate from the link, their app or kiosk while the case is closed and not yet rated. */
export function isVisitOpen(c: Pick<CaseDoc, 'status' | 'returnVisit'>): boolean {
  return c.status === 'closed' && !!c.returnVisit?.token && !c.returnVisit?.visitedAt
}

/** Whether closing now starts a visit round: never visited, or a rectification is being closed. */
export function visitDue(c: Pick<CaseDoc, 'returnVisit'>): boolean {
  const rv = c.returnVisit ?? {}
  return !rv.visitedAt || (!!rv.rectificationDue && !rv.rectifiedAt)
}

export interface CloseInput {
  now: Date
  actor?: Id | null
  invite: VisitInvite
  /** Hash of the link token, when the citizen is invited by link or client. */
  tokenHash?: string | null
  returnVisitDays: number
  note?: string | null
}

/** The case on 办结: closedAt, rectification done if one was pending, a new visit round when due. */
export function closedCasePatch(c: Pick<CaseDoc, 'sla' | 'returnVisit' | 'timeline'>, o: CloseInput) {
  const at = o.now.toISOString()
  const rv = { ...(c.returnVisit ?? {}) }
  const round = visitDue(c) && o.invite !== 'none'
  if (rv.rectificationDue && !rv.rectifiedAt) rv.rectifiedAt = at
  if (round) {
    rv.visitedAt = null
    rv.rating = null
    rv.token = o.tokenHash ?? null
    if (rv.required) rv.due = addWorkingDays(o.now, o.returnVisitDays).toISOString()
  }
  const notes = [o.note?.trim(), round ? INVITE_LABELS[o.invite] : ''].filter(Boolean).join('；')
  const entry: TimelineEntry = { at, action: '办结', actor: o.actor ?? undefined, note: notes || null }
  return {
    status: 'closed' as const,
    sla: { ...(c.sla ?? {}), closedAt: at },
    returnVisit: rv,
    timeline: [...(c.timeline ?? []), entry],
  }
}

export interface VisitInput {
  /** 1–5, or null when an official visited without asking for a rating. */
  rating: number | null
  now: Date
  rectificationDays: number
  actor?: Id | null
  /** Who gave the rating: 市民评价 (link, app, kiosk) or 电话回访 (an official's call). */
  via: string
  comment?: string | null
}

export const validRating = (r: unknown): r is number => Number.isInteger(r) && (r as number) >= 1 && (r as number) <= 5

/** What a visit does to the case: records it; 1–2 reopens it with a rectification deadline. */
export function visitOutcome(c: Pick<CaseDoc, 'status' | 'returnVisit' | 'timeline'>, v: VisitInput) {
  const at = v.now.toISOString()
  const rv = { ...(c.returnVisit ?? {}), visitedAt: at, rating: v.rating }
  const bad = v.rating !== null && v.rating <= 2
  const comment = v.comment?.trim() ? `；意见：${maskPii(v.comment.trim().slice(0, 300))}` : ''
  const label = v.rating !== null ? RATING_LABELS[v.rating] : '未评价'
  if (!bad) {
    const entry: TimelineEntry = { at, action: '回访', actor: v.actor ?? undefined, note: `${v.via}：${label}${comment}` }
    return { reopened: false, patch: { returnVisit: rv, timeline: [...(c.timeline ?? []), entry] } }
  }
  const due = addWorkingDays(v.now, v.rectificationDays)
  Object.assign(rv, { required: true, rectificationDue: due.toISOString(), rectifiedAt: null })
  // A closed or answered case goes back to work; an open one (a bad 好差评 being handled) stays open.
  const reopen = c.status === 'closed' || c.status === 'answered'
  const entry: TimelineEntry = {
    at,
    action: reopen ? '回访不满意，重新办理' : '回访不满意，限期整改',
    actor: v.actor ?? undefined,
    note: `${v.via}：${label}；整改期限：${formatDate(due)}${comment}`,
  }
  return {
    reopened: reopen,
    rectificationDue: due,
    patch: { ...(reopen ? { status: 'reopened' as const } : {}), returnVisit: rv, timeline: [...(c.timeline ?? []), entry] },
  }
}
