import type { IntakeAttachment, IntakeItem } from '../../../src/feedback/intake/types'

/**
 * A follower's message as a feedback item (pure: no I/O). The item is deduplicated by MsgId per
 * channel (acceptFeedback), so WeChat's retries of an unanswered message store it once.
 * Media stay on WeChat (PicUrl, MediaId: temporary media, kept 3 days); the hub records the ids.
 */

export const MESSAGE_TYPES = ['text', 'image', 'voice', 'video', 'shortvideo', 'location', 'link'] as const

const clean = (v: string | undefined): string | null => v?.trim() || null

/** CreateTime (seconds) as an ISO date; null when absent or not a number. */
export function createdAt(fields: Record<string, string>): string | null {
  const seconds = Number(fields.CreateTime)
  return fields.CreateTime && Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000).toISOString() : null
}

/** Events have no MsgId: WeChat's advice is FromUserName + CreateTime. */
export const eventKey = (fields: Record<string, string>): string => `${fields.FromUserName ?? ''}:${fields.CreateTime ?? ''}`

function content(fields: Record<string, string>): { text: string | null; attachments: IntakeAttachment[] } | null {
  switch (fields.MsgType) {
    case 'text':
      return { text: fields.Content ?? null, attachments: [] }
    case 'image':
      return { text: null, attachments: [{ type: 'image', url: clean(fields.PicUrl), mediaId: clean(fields.MediaId) }] }
    case 'voice': {
      const recognition = clean(fields.Recognition)
      const format = clean(fields.Format)?.toLowerCase()
      return {
        // Speech recognition (when the account has it switched on) is the only text a voice message has.
        text: recognition,
        attachments: [{ type: 'voice', mediaId: clean(fields.MediaId), contentType: format ? `audio/${format}` : null, recognition }],
      }
    }
    case 'video':
    case 'shortvideo':
      return { text: null, attachments: [{ type: 'video', mediaId: clean(fields.MediaId), filename: fields.MsgType === 'shortvideo' ? '小视频' : null }] }
    case 'location': {
      const label = clean(fields.Label) ?? '未命名地点'
      return { text: `位置：${label}（纬度 ${fields.Location_X ?? '?'}，经度 ${fields.Location_Y ?? '?'}）`, attachments: [] }
    }
    case 'link':
      return { text: [fields.Title, fields.Description, fields.Url].map(clean).filter(Boolean).join('\n') || null, attachments: [] }
    default:
      return null
  }
}

/** The intake item for a user message; null for types the hub does not take (nothing is stored). */
export function intakeItemOf(fields: Record<string, string>, sourceChannel: number | string): IntakeItem | null {
  const body = content(fields)
  if (!body) return null
  return {
    channel: 'wechat',
    sourceChannel,
    kind: 'message',
    clientId: clean(fields.MsgId) ?? clean(fields.MsgID) ?? eventKey(fields),
    receivedAt: createdAt(fields),
    text: body.text,
    contact: { openId: clean(fields.FromUserName), replyVia: 'channel' },
    attachments: body.attachments,
  }
}
