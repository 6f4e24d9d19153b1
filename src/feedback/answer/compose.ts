import { formatDate } from '../../../templates/shared/dates'
import { detectPii, maskPii } from '../../text/pii'
import { ROUTE_LABELS, type AnswerRoute, type CaseDoc, type Id, type TimelineEntry } from './types'

/**
 * What the citizen receives, and what the case records, built from plain values (no I/O). Answer
 * bodies arrive masked (maskAnswer runs on every write of a response); subjects are masked here.
 */

const digits = (s: string) => s.replace(/\D/g, '')

/**
 * The answer as stored: every personal-data finding masked, except the departments' own published
 * numbers (departments.phones) — an answer that says "请致电 0531-80001101" must stay usable.
 */
export function maskAnswer(text: string, publicNumbers: string[] = []): string {
  const keep = new Set(publicNumbers.map(digits).filter((d) => d.length >= 5))
  const findings = detectPii(text).filter((f) => !(f.kind === 'phone' && keep.has(digits(f.value))))
  return maskPii(text, findings)
}

/** A customer-service text message is capped at 2048 bytes (UTF-8). */
export const WECHAT_TEXT_MAX_BYTES = 2048

const byteLength = (s: string) => Buffer.byteLength(s, 'utf8')

/** Cuts `text` to `max` UTF-8 bytes, whole characters only, ending with the notice when cut. */
export function fitBytes(text: string, max: number, notice = '…（内容较长，完整答复请凭受理编号拨打12345查询）'): string {
  if (byteLength(text) <= max) return text
  const room = max - byteLength(notice)
  let out = ''
  for (const ch of text) {
    if (byteLength(out + ch) > room) break
    out += ch
  }
  return out + notice
}

export interface AnswerFacts {
  caseNo: string
  receivedAt: string
  /** 答复部门 as citizens read it. */
  department: string
  body: string
}

export function wechatAnswerText(f: AnswerFacts): string {
  const text = [`【答复】您于${formatDate(f.receivedAt)}反映的问题（受理编号 ${f.caseNo}），${f.department}答复如下：`, '', f.body, '', '如有疑问，可直接在公众号回复。'].join('\n')
  return fitBytes(text, WECHAT_TEXT_MAX_BYTES)
}

export interface AnswerMail {
  to: string
  subject: string
  text: string
  messageId: string
  inReplyTo?: string
  references?: string[]
}

/** Subject of a reply: "Re: " once, never stacked. */
export function replySubject(subject: string | null | undefined, caseNo: string): string {
  const s = maskPii((subject ?? '').trim())
  if (!s) return `关于您来信的答复（受理编号 ${caseNo}）`
  return /^(re|回复|答复)\s*[:：]/i.test(s) ? s : `Re: ${s}`
}

/** A threaded reply: In-Reply-To and References carry the citizen's Message-ID, so mail clients group it. */
export function answerMail(f: AnswerFacts & { to: string; messageId: string; thread?: CaseDoc['thread'] }): AnswerMail {
  const citizenId = f.thread?.messageId?.trim() || undefined
  return {
    to: f.to,
    subject: replySubject(f.thread?.subject, f.caseNo),
    messageId: f.messageId,
    ...(citizenId ? { inReplyTo: citizenId, references: [citizenId] } : {}),
    text: [
      '您好：',
      '',
      `您于${formatDate(f.receivedAt)}反映的问题（受理编号：${f.caseNo}），${f.department}答复如下：`,
      '',
      f.body,
      '',
      '如对答复有疑问，可直接回复本邮件，或拨打12345政务服务便民热线。',
      '',
      f.department,
    ].join('\n'),
  }
}

/** Message-ID of an answer mail, set by us so the response can record it before it is sent. */
export function answerMessageId(responseId: Id, random: string, from: string): string {
  const domain = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from)?.[1] || 'omnihub.localhost'
  return `<answer.${String(responseId)}.${random}@${domain}>`
}

/** The case once an answer reached the citizen: answered, first response and answer time, a timeline entry. */
export function answeredCasePatch(c: Pick<CaseDoc, 'sla' | 'timeline'>, o: { now: Date; actor?: Id | null; route: AnswerRoute; department: string }) {
  const at = o.now.toISOString()
  const entry: TimelineEntry = { at, action: '答复', actor: o.actor ?? undefined, note: `${o.department}经${ROUTE_LABELS[o.route]}答复` }
  return {
    status: 'answered' as const,
    sla: { ...(c.sla ?? {}), firstResponseAt: c.sla?.firstResponseAt ?? at, answeredAt: at },
    timeline: [...(c.timeline ?? []), entry],
  }
}
