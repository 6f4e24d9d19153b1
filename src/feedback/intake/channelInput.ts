import { ValidationError } from 'payload'

import type { ChannelRecord } from '../../../channels/types'
import { FEEDBACK_KIND_LABELS, type FeedbackChannel, type FeedbackKind } from '../labels'
import { IntakeError } from './errors'
import type { IntakeAttachment, IntakeItem } from './types'

/** What an app, kiosk or website client sends for one item (GraphQL `FeedbackInput`). */
export interface ChannelFeedbackInput {
  clientId?: string | null
  kind?: string | null
  text?: string | null
  rating?: number | null
  guideCode?: string | null
  useful?: boolean | null
  pageUrl?: string | null
  contact?: { name?: string | null; phone?: string | null; email?: string | null; replyVia?: string | null } | null
  receivedAt?: string | null
  attachments?: Array<{ type?: string | null; url?: string | null; filename?: string | null; contentType?: string | null; size?: number | null }> | null
}

/** Channel kinds whose API key may submit feedback; WeChat followers come in through the callback. */
const FEEDBACK_CHANNEL_OF_KIND: Partial<Record<string, FeedbackChannel>> = { app: 'app', kiosk: 'kiosk', website: 'website' }

const ATTACHMENT_TYPES = ['image', 'voice', 'video', 'file'] as const
const REPLY_VIA = ['channel', 'phone', 'email', 'none'] as const
export const MAX_ATTACHMENTS = 10
const MAX_NAME = 50
const MAX_PAGE_URL = 500

/** The feedback channel a channel client's items count under; refuses kinds that have their own intake. */
export function feedbackChannelOf(channel: ChannelRecord): FeedbackChannel {
  const fc = FEEDBACK_CHANNEL_OF_KIND[channel.kind]
  if (!fc) {
    throw new IntakeError('channel', '该渠道不能通过此接口提交诉求（公众号留言经服务器回调接入）', 'This channel cannot submit feedback here (WeChat messages come in through its callback)', 403)
  }
  return fc
}

const str = (v: unknown) => (typeof v === 'string' ? v : v == null ? null : String(v))

function attachmentsOf(list: ChannelFeedbackInput['attachments']): IntakeAttachment[] | null {
  if (!list?.length) return null
  if (list.length > MAX_ATTACHMENTS) {
    throw new IntakeError('attachments', `附件最多 ${MAX_ATTACHMENTS} 个`, `At most ${MAX_ATTACHMENTS} attachments`, 413)
  }
  return list.map((a, i) => {
    const type = a.type as IntakeAttachment['type']
    if (!ATTACHMENT_TYPES.includes(type)) {
      throw new IntakeError(`attachments.${i}.type`, '附件类型须为 image、voice、video 或 file', 'attachment type must be image, voice, video or file')
    }
    // Only links the citizen's device uploaded to; never a script or data: URL shown to officials.
    if (a.url && !/^https?:\/\/[^\s]+$/i.test(a.url)) {
      throw new IntakeError(`attachments.${i}.url`, '附件地址须为 http(s) 链接', 'attachment url must be an http(s) URL')
    }
    if (a.size != null && (!Number.isInteger(a.size) || a.size < 0)) {
      throw new IntakeError(`attachments.${i}.size`, '附件大小须为非负整数（字节）', 'attachment size must be a non-negative integer (bytes)')
    }
    return { type, url: a.url ?? null, filename: str(a.filename)?.slice(0, 200) ?? null, contentType: str(a.contentType)?.slice(0, 100) ?? null, size: a.size ?? null }
  })
}

/**
 * One channel client's input as an IntakeItem: checks what validateIntake leaves to adapters
 * (kind, reply route, attachments, name and page lengths); validateIntake does the rest.
 */
export function intakeItemFromChannel(input: ChannelFeedbackInput, channel: ChannelRecord): IntakeItem {
  const kind = input.kind ?? undefined
  if (kind !== undefined && !(kind in FEEDBACK_KIND_LABELS)) {
    throw new IntakeError('kind', '类型须为 message（留言）、rating（好差评）或 useful（页面是否有用）', 'kind must be message, rating or useful')
  }
  const replyVia = input.contact?.replyVia ?? null
  if (replyVia !== null && !REPLY_VIA.includes(replyVia as never)) {
    throw new IntakeError('contact.replyVia', '答复方式须为 channel、phone、email 或 none', 'contact.replyVia must be channel, phone, email or none')
  }
  if ((input.contact?.name ?? '').length > MAX_NAME) {
    throw new IntakeError('contact.name', `称呼过长（最多 ${MAX_NAME} 字）`, `contact.name is too long (at most ${MAX_NAME})`)
  }
  if ((input.pageUrl ?? '').length > MAX_PAGE_URL) {
    throw new IntakeError('pageUrl', `页面地址过长（最多 ${MAX_PAGE_URL} 字符）`, `pageUrl is too long (at most ${MAX_PAGE_URL})`)
  }
  return {
    channel: feedbackChannelOf(channel),
    sourceChannel: channel.id,
    kind: kind as FeedbackKind | undefined,
    clientId: input.clientId,
    receivedAt: input.receivedAt,
    text: input.text,
    rating: input.rating,
    useful: input.useful,
    guideCode: input.guideCode,
    pageUrl: input.pageUrl,
    // No reply route named: the collection's default (answer on the channel it came from).
    contact: input.contact ? { name: input.contact.name, phone: input.contact.phone, email: input.contact.email, replyVia: (replyVia ?? undefined) as never } : null,
    attachments: attachmentsOf(input.attachments),
  }
}

export interface RefusalInfo {
  status: number
  field: string | null
  message: string
  zh: string
  en: string
}

/**
 * Why an item was not stored, in the words a client shows: intake rules and Payload's own field
 * validation name the field; anything else is the hub's fault, so the client should retry later.
 */
export function refusalOf(err: unknown): RefusalInfo {
  if (err instanceof IntakeError) return { status: err.status, field: err.field, message: err.message, zh: err.zh, en: err.en }
  if (err instanceof ValidationError) {
    const first = (err.data as { errors?: Array<{ path?: string; message?: string }> })?.errors?.[0]
    const zh = `字段 ${first?.path ?? ''} 不符合要求：${first?.message ?? ''}`
    return { status: 400, field: first?.path ?? null, message: `${zh} / invalid field ${first?.path ?? ''}`, zh, en: `invalid field ${first?.path ?? ''}` }
  }
  const zh = '暂时无法保存，请稍后重试'
  const en = 'The item could not be stored; try again later'
  return { status: 500, field: null, message: `${zh} / ${en}`, zh, en }
}
