import type { Payload } from 'payload'

import { claimKey } from '../../clock/lease'
import { CATEGORY_LABELS, FEEDBACK_CHANNEL_LABELS, URGENT_REASON_LABELS, type FeedbackChannel } from '../labels'
import { recipients, type RecipientQuery } from './recipients'
import { beijingStamp } from '../../../templates/shared/dates'

type Id = number | string

/** Beijing wall-clock time for e-mails read by officials. */
export const bjTime = (at: Date | string): string => beijingStamp(at)

const adminUrl = (collection: string, id: Id) => `${process.env.SERVER_URL ?? ''}/admin/collections/${collection}/${id}`

/**
 * Sends one alert at most once across hub processes (the key is claimed in cron-runs first), so a
 * retried batch or a second process never mails twice. Returns who was mailed.
 */
export async function sendOnce(
  payload: Payload,
  key: string,
  who: RecipientQuery,
  mail: { subject: string; text: string },
): Promise<string[]> {
  const to = await recipients(payload, who)
  if (!to.length) {
    payload.logger.warn(`预警无收件人 / alert without recipients: ${key}`)
    return []
  }
  const claimed = await claimKey(payload, 'alert', key)
  if (claimed === null) return []
  try {
    await payload.sendEmail({ to, subject: mail.subject, text: mail.text })
  } catch (err) {
    // Release the claim so the next sweep tries again: an alert must not be lost to a mail hiccup.
    await payload.delete({ collection: 'cron-runs', id: claimed, overrideAccess: true }).catch(() => undefined)
    throw err
  }
  return to
}

export interface CaseSummary {
  id: Id
  caseNo: string
  maskedText?: string | null
  channel: FeedbackChannel
  receivedAt: string
  department?: Id | null
  triage?: { category?: string | null; urgentReasons?: string[] | null } | null
  sla?: { dueAt?: string | null } | null
}

const caseLines = (c: CaseSummary) => [
  `受理编号：${c.caseNo}`,
  `来源渠道：${FEEDBACK_CHANNEL_LABELS[c.channel] ?? c.channel}`,
  `受理时间：${bjTime(c.receivedAt)}`,
  c.triage?.category ? `诉求类别：${CATEGORY_LABELS[c.triage.category as keyof typeof CATEGORY_LABELS] ?? c.triage.category}` : '',
  c.sla?.dueAt ? `办结期限：${bjTime(c.sla.dueAt)}` : '',
  '',
  `诉求内容（已脱敏）：${c.maskedText ?? ''}`,
  '',
  `办理入口：${adminUrl('feedback', c.id)}`,
].filter((l) => l !== '')

/** An urgent item alerts the duty official of its department at once (and supervisors). */
export function sendUrgentAlert(payload: Payload, c: CaseSummary, extra: string[] = []) {
  const reasons = (c.triage?.urgentReasons ?? []).map((r) => URGENT_REASON_LABELS[r as keyof typeof URGENT_REASON_LABELS] ?? r)
  return sendOnce(payload, `urgent:${c.id}`, { department: c.department, duty: true, supervisors: true, extra }, {
    subject: `【紧急诉求】${reasons.join('、') || '紧急'}：${c.caseNo}`,
    text: [`紧急原因：${reasons.join('、')}`, ...caseLines(c), '', '请立即处置，并在系统中记录办理情况。', `Urgent feedback ${c.caseNo}: ${reasons.join(', ')}`].join('\n'),
  })
}

/** 80% of the time allowed has passed: remind the officials working the case. */
export function sendDeadlineWarning(payload: Payload, c: CaseSummary, extra: string[] = []) {
  return sendOnce(payload, `sla-warn:${c.id}:${c.sla?.dueAt ?? ''}`, { department: c.department, duty: true, extra }, {
    subject: `【临期提醒】诉求 ${c.caseNo} 即将到期`,
    text: [...caseLines(c), '', '该诉求已用去八成办理时限，请尽快答复。', `Case ${c.caseNo} has used 80% of its time limit.`].join('\n'),
  })
}

/** Overdue: escalate to the department head and supervisors (督办). */
export function sendEscalation(payload: Payload, c: CaseSummary, extra: string[] = []) {
  return sendOnce(payload, `sla-escalate:${c.id}:${c.sla?.dueAt ?? ''}`, {
    department: c.department, heads: true, mailbox: true, supervisors: true, extra,
  }, {
    subject: `【超期督办】诉求 ${c.caseNo} 已超过办结期限`,
    text: [...caseLines(c), '', '该诉求已超期未办结，请部门负责人督促办理并说明原因。', `Case ${c.caseNo} is overdue and has been escalated.`].join('\n'),
  })
}
