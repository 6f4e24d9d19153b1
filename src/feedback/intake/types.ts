import type { FeedbackChannel, FeedbackKind } from '../labels'

export interface IntakeAttachment {
  type: 'image' | 'voice' | 'video' | 'file'
  url?: string | null
  mediaId?: string | null
  filename?: string | null
  contentType?: string | null
  size?: number | null
  recognition?: string | null
}

/** One citizen item as an intake adapter hands it over, before it is stored. */
export interface IntakeItem {
  channel: FeedbackChannel
  /** The channels record (API key) it came through, if any. */
  sourceChannel?: number | string | null
  kind?: FeedbackKind
  /** Channel-side unique id (kiosk offline UUID, WeChat MsgId, Message-ID, work-order number). */
  clientId?: string | null
  receivedAt?: Date | string | null
  text?: string | null
  rating?: number | null
  useful?: boolean | null
  guideCode?: string | null
  pageUrl?: string | null
  contact?: {
    name?: string | null
    phone?: string | null
    email?: string | null
    openId?: string | null
    replyVia?: 'channel' | 'phone' | 'email' | 'none' | null
  } | null
  attachments?: IntakeAttachment[] | null
  thread?: { subject?: string | null; messageId?: string | null; inReplyTo?: string | null } | null
}

export interface Accepted {
  id: number | string
  caseNo: string
  /** True when this client id was seen before: nothing new was stored. */
  duplicate: boolean
  receivedAt: string
}
