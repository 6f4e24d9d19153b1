import type { FeedbackChannel, FeedbackStatus } from '../labels'

export type Id = number | string

/** Where an answer goes (responses.route). */
export type AnswerRoute = 'wechat' | 'email' | 'pull' | 'phone' | 'none'

export const ROUTE_LABELS: Record<AnswerRoute, string> = {
  wechat: '微信客服消息',
  email: '电子邮件',
  pull: '网站公开答复 / 渠道查询',
  phone: '电话',
  none: '无需送达',
}

export type ResponseStatus = 'draft' | 'pending_review' | 'sending' | 'sent' | 'needs_other_route' | 'failed'

export interface TimelineEntry {
  at: string
  action: string
  actor?: Id | null
  note?: string | null
}

/** A feedback case as the answer service reads it (overrideAccess: contact included). */
export interface CaseDoc {
  id: Id
  caseNo: string
  channel: FeedbackChannel
  kind?: 'message' | 'rating' | 'useful' | null
  status: FeedbackStatus
  receivedAt: string
  department?: Id | { id: Id } | null
  sourceChannel?: Id | { id: Id } | null
  clientId?: string | null
  maskedText?: string | null
  rating?: number | null
  contact?: {
    name?: string | null
    phone?: string | null
    email?: string | null
    openId?: string | null
    replyVia?: 'channel' | 'phone' | 'email' | 'none' | null
  } | null
  thread?: { subject?: string | null; messageId?: string | null; parent?: Id | { id: Id } | null } | null
  sla?: Record<string, string | null | undefined> | null
  returnVisit?: {
    required?: boolean | null
    due?: string | null
    visitedAt?: string | null
    rating?: number | null
    rectificationDue?: string | null
    rectifiedAt?: string | null
    token?: string | null
  } | null
  timeline?: TimelineEntry[] | null
  updatedAt?: string
}

export interface ResponseDoc {
  id: Id
  feedback: Id | { id: Id }
  department?: Id | { id: Id } | null
  body: string
  status: ResponseStatus
  route?: AnswerRoute | null
  public?: boolean | null
  author?: Id | { id: Id } | null
  reviewer?: Id | { id: Id } | null
  sentAt?: string | null
  error?: string | null
  externalId?: string | null
  updatedAt: string
  createdAt?: string
}
