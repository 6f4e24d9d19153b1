import { formatDateTime } from '../../../templates/shared/dates'
import type { FeedbackChannel } from '../labels'
import type { AnswerRoute, CaseDoc } from './types'

/** WeChat accepts customer-service messages for 48 hours after the user's last message. */
export const WECHAT_WINDOW_MS = 48 * 3600_000

/** Routes an official may pick instead, when the natural one cannot reach the citizen. */
export const OVERRIDE_ROUTES = ['phone', 'email', 'pull'] as const
export type OverrideRoute = (typeof OVERRIDE_ROUTES)[number]

/** Channels whose own client shows the citizen their answer (feedbackStatus with its API key). */
const CLIENT_PULL: FeedbackChannel[] = ['app', 'kiosk']

/** The route the citizen asked for: contact.replyVia, else back on the channel they used. */
export function naturalRoute(c: Pick<CaseDoc, 'channel' | 'contact'>): AnswerRoute {
  const via = c.contact?.replyVia
  if (via === 'none' || via === 'phone' || via === 'email') return via
  if (c.channel === 'wechat') return 'wechat'
  if (c.channel === 'email') return 'email'
  if (c.channel === 'hotline') return 'phone'
  return 'pull'
}

export type RoutePlan =
  | { ok: true; route: AnswerRoute; to?: string }
  | { ok: false; route: AnswerRoute; zh: string; en: string }

export interface PlanInput {
  case: Pick<CaseDoc, 'channel' | 'contact'>
  /** responses.public: the answer appears on the website Q&A page. */
  public: boolean
  override?: OverrideRoute | null
  /** Latest message from this WeChat user (the case, its follow-ups, anything else they sent). */
  lastUserMessageAt?: Date | null
  now: Date
}

const blocked = (route: AnswerRoute, zh: string, en: string): RoutePlan => ({ ok: false, route, zh, en })

/**
 * Whether (and where) an answer can reach the citizen. A refusal is not an error: the response
 * becomes needs_other_route with the reason, and the official picks another way.
 */
export function planRoute(input: PlanInput): RoutePlan {
  const { contact, channel } = input.case
  const route = input.override ?? naturalRoute(input.case)
  switch (route) {
    case 'wechat': {
      const openId = contact?.openId?.trim()
      if (!openId) return blocked(route, '缺少市民的微信 OpenID，无法通过公众号答复，请改用其他方式', 'No WeChat OpenID for this citizen')
      const last = input.lastUserMessageAt
      if (!last || input.now.getTime() - last.getTime() > WECHAT_WINDOW_MS) {
        return blocked(
          route,
          `市民最后一次在公众号留言是 ${last ? formatDateTime(last) : '未知时间'}，已超过微信客服消息 48 小时时限，无法通过公众号送达，请改用电话或公开答复等其他方式`,
          'More than 48 hours since the citizen last wrote: WeChat customer-service messages are closed',
        )
      }
      return { ok: true, route, to: openId }
    }
    case 'email': {
      const email = contact?.email?.trim()
      if (!email) return blocked(route, '市民未留电子邮箱，无法邮件答复，请改用其他方式', 'No e-mail address for this citizen')
      return { ok: true, route, to: email }
    }
    case 'phone': {
      const phone = contact?.phone?.trim()
      if (!phone) return blocked(route, '市民未留电话号码，无法电话答复，请改用其他方式', 'No phone number for this citizen')
      return { ok: true, route, to: phone }
    }
    case 'pull':
      // App and kiosk clients look the answer up with their API key; anyone else finds it only on the public Q&A page.
      if (!input.public && !CLIENT_PULL.includes(channel)) {
        return blocked(
          route,
          '该答复未勾选「公开到网站问答」，市民无处查看；请勾选公开，或改用电话、邮件答复',
          'The answer is not public, so the citizen could not see it: make it public or use another route',
        )
      }
      return { ok: true, route }
    case 'none':
      return { ok: true, route }
  }
}

/** The latest of several instants (ISO strings or dates), or null. */
export function latest(values: Array<string | Date | null | undefined>): Date | null {
  let best: number | null = null
  for (const v of values) {
    if (!v) continue
    const t = new Date(v).getTime()
    if (Number.isFinite(t) && (best === null || t > best)) best = t
  }
  return best === null ? null : new Date(best)
}
