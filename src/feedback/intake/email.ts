import { createHash, timingSafeEqual } from 'node:crypto'
import { simpleParser, type ParsedMail } from 'mailparser'
import type { Payload } from 'payload'

import { hubFromAddress } from '../answer/mail'
import { acceptFeedback } from './accept'
import { readBodyLimited } from './body'
import { refusalOf } from './channelInput'
import { IntakeError } from './errors'
import { stripQuoted } from './quotes'
import type { IntakeAttachment, IntakeItem } from './types'

/** A raw message above this is refused (413) before it is parsed. */
export const MAX_MAIL_BYTES = 10 * 1024 * 1024
const MAX_ATTACHMENTS = 20
const MAX_CLIENT_ID = 200
const DAY = 24 * 3600_000

const digest = (s: string) => createHash('sha256').update(s).digest()

/** `Authorization: Bearer <MAIL_GATEWAY_TOKEN>`, compared in constant time. */
function tokenMatches(request: Request, expected: string): boolean {
  const m = /^Bearer\s+(.+)$/i.exec(request.headers.get('authorization') ?? '')
  return !!m && timingSafeEqual(digest(m[1].trim()), digest(expected))
}

const headerText = (mail: ParsedMail, name: string) => {
  const v = mail.headers.get(name)
  return typeof v === 'string' ? v.toLowerCase() : v && typeof v === 'object' && 'value' in v ? String(v.value).toLowerCase() : ''
}

/**
 * Out-of-office answers, bounces and list traffic (RFC 3834 Auto-Submitted, Precedence, the
 * mailer daemon) and mail from the hub itself: storing them would open cases nobody wrote and
 * could loop with our own answer mails.
 */
export function automaticReason(mail: ParsedMail, hubAddress?: string): string | null {
  const auto = headerText(mail, 'auto-submitted')
  if (auto && auto !== 'no') return 'auto-submitted'
  if (['bulk', 'junk', 'list', 'auto_reply'].includes(headerText(mail, 'precedence'))) return 'precedence'
  if (mail.headers.has('x-autoreply') || mail.headers.has('x-autorespond')) return 'auto-reply'
  const from = mail.from?.value[0]?.address?.toLowerCase() ?? ''
  if (/^(mailer-daemon|postmaster)@/.test(from)) return 'bounce'
  if (hubAddress && from === hubAddress.toLowerCase()) return 'own'
  return null
}

const attachmentType = (contentType: string): IntakeAttachment['type'] =>
  contentType.startsWith('image/') ? 'image' : contentType.startsWith('audio/') ? 'voice' : contentType.startsWith('video/') ? 'video' : 'file'

/**
 * A parsed e-mail as an IntakeItem. Message-ID is the client id (a gateway posting the same mail
 * twice stores it once) and the thread key; In-Reply-To (else the last References entry) lets
 * acceptFeedback hang a follow-up under the thread's first case. Attachments are described (name,
 * type, size), their bytes are not kept.
 */
export function intakeItemFromMail(mail: ParsedMail, raw: Uint8Array, now = new Date()): IntakeItem {
  const from = mail.from?.value.find((a) => a.address)
  if (!from?.address) throw new IntakeError('from', '邮件缺少发件人地址', 'The message has no From address')
  const references = [mail.references ?? []].flat()
  const messageId = mail.messageId?.trim() || null
  const clientId = messageId
    ? messageId.length <= MAX_CLIENT_ID ? messageId : `mid-sha256:${createHash('sha256').update(messageId).digest('hex')}`
    : `raw-sha256:${createHash('sha256').update(raw).digest('hex')}`
  // The sender's Date stands if it is plausible (a gateway may queue mail while the hub is down).
  const sent = mail.date?.getTime()
  const receivedAt = sent && sent <= now.getTime() + 5 * 60_000 && sent >= now.getTime() - 7 * DAY ? new Date(Math.min(sent, now.getTime())) : now
  const attachments = mail.attachments.slice(0, MAX_ATTACHMENTS).map((a) => ({
    type: attachmentType(a.contentType ?? ''),
    filename: a.filename?.slice(0, 200) ?? null,
    contentType: a.contentType ?? null,
    size: a.size ?? null,
  }))
  return {
    channel: 'email',
    kind: 'message',
    clientId,
    receivedAt: receivedAt.toISOString(),
    text: stripQuoted(mail.text ?? ''),
    contact: { email: from.address, name: from.name?.trim() || null, replyVia: 'email' },
    attachments: attachments.length ? attachments : null,
    thread: { subject: mail.subject?.trim().slice(0, 300) || null, messageId, inReplyTo: mail.inReplyTo?.trim() || references.at(-1) || null },
  }
}

const errorJson = (status: number, message: string, field: string | null, headers: Record<string, string> = {}) =>
  Response.json({ errors: [{ message, field }] }, { status, headers: { 'cache-control': 'no-store', ...headers } })

export interface MailGatewayOptions {
  token: string | undefined
  /** The hub's own sender address; default the mail adapter's (MAIL_FROM). Mail from it is never a citizen's. */
  hubAddress?: string
}

/**
 * POST /api/feedback/email — the mail gateway (Postfix pipe, a mailbox poller) posts each raw
 * RFC 822 message. 401 without the token, 413 above 10 MB, 415 for other bodies; 201 stored,
 * 200 already stored (same Message-ID), 202 ignored (auto-reply, bounce); 4xx refusals are
 * final, 5xx means try again.
 */
export async function receiveEmail(request: Request, getPayload: () => Promise<Payload>, o: MailGatewayOptions): Promise<Response> {
  if (!o.token) return errorJson(503, '邮件接入未启用（未设置 MAIL_GATEWAY_TOKEN）/ Mail intake is off: MAIL_GATEWAY_TOKEN is not set', 'authorization')
  if (!tokenMatches(request, o.token)) {
    return errorJson(401, '需要有效的邮件网关令牌 / A valid mail gateway token is required', 'authorization', { 'www-authenticate': 'Bearer realm="omnihub-mail"' })
  }
  const type = (request.headers.get('content-type') ?? '').toLowerCase()
  if (!type.startsWith('message/rfc822') && !type.startsWith('text/plain')) {
    return errorJson(415, '请以 message/rfc822 提交原始邮件 / Post the raw message as message/rfc822', 'content-type')
  }
  let item: IntakeItem
  try {
    const raw = await readBodyLimited(request, MAX_MAIL_BYTES)
    if (!raw.byteLength) throw new IntakeError('body', '邮件内容为空', 'The message is empty')
    const mail = await simpleParser(Buffer.from(raw), { skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true })
    const automatic = automaticReason(mail, o.hubAddress ?? hubFromAddress(await getPayload()))
    if (automatic) return Response.json({ ignored: automatic }, { status: 202 })
    item = intakeItemFromMail(mail, raw)
  } catch (err) {
    if (err instanceof IntakeError) return errorJson(err.status, err.message, err.field)
    return errorJson(400, '无法解析邮件 / The message could not be parsed', 'body')
  }
  try {
    const a = await acceptFeedback(await getPayload(), item)
    return Response.json({ caseNo: a.caseNo, duplicate: a.duplicate, receivedAt: a.receivedAt }, { status: a.duplicate ? 200 : 201 })
  } catch (err) {
    const r = refusalOf(err)
    if (r.status >= 500) (await getPayload()).logger.error({ err }, '邮件诉求未能保存，等待网关重试 / e-mail feedback not stored, the gateway will retry')
    return errorJson(r.status, r.message, r.field)
  }
}
