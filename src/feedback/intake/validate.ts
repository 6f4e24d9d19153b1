import { FEEDBACK_CHANNELS } from '../labels'
import { IntakeError } from './errors'
import type { IntakeItem } from './types'

/** Longest text per channel: e-mails and 12345 work orders run longer than a web form. */
export const MAX_TEXT: Record<string, number> = { email: 20_000, hotline: 10_000, default: 2_000 }
const MAX_CLIENT_ID = 200

const trimOrNull = (v: unknown): string | null => {
  if (v === null || v === undefined) return null
  const s = String(v).replace(/\u0000/g, '').trim()
  return s || null
}

/** Checks and normalises an item; throws IntakeError naming the field and the reason. */
export function validateIntake(raw: IntakeItem): IntakeItem {
  if (!FEEDBACK_CHANNELS.includes(raw.channel)) {
    throw new IntakeError('channel', `未知渠道：${String(raw.channel)}`, `Unknown channel: ${String(raw.channel)}`)
  }
  const item: IntakeItem = { ...raw, kind: raw.kind ?? (raw.rating != null ? 'rating' : raw.useful != null ? 'useful' : 'message') }
  item.text = trimOrNull(raw.text)
  item.clientId = trimOrNull(raw.clientId)
  item.guideCode = trimOrNull(raw.guideCode)
  const max = MAX_TEXT[item.channel] ?? MAX_TEXT.default
  if (item.text && item.text.length > max) {
    throw new IntakeError('text', `内容过长（最多 ${max} 字）`, `Text is too long (at most ${max} characters)`, 413)
  }
  if (item.clientId && item.clientId.length > MAX_CLIENT_ID) {
    throw new IntakeError('clientId', `客户端编号过长（最多 ${MAX_CLIENT_ID} 字符）`, `clientId is too long (at most ${MAX_CLIENT_ID})`)
  }
  if (item.kind === 'rating') {
    if (!Number.isInteger(item.rating) || item.rating! < 1 || item.rating! > 5) {
      throw new IntakeError('rating', '评价等级须为 1 至 5 的整数', 'rating must be an integer from 1 to 5')
    }
    if (!item.guideCode) throw new IntakeError('guideCode', '好差评须关联办事事项', 'A rating must name the service (guideCode)')
  } else if (item.kind === 'useful') {
    if (typeof item.useful !== 'boolean') throw new IntakeError('useful', '请选择“有用”或“没用”', 'useful must be true or false')
  } else if (!item.text && !item.attachments?.length) {
    throw new IntakeError('text', '请填写诉求内容', 'Text is required')
  }
  if (item.receivedAt) {
    const at = new Date(item.receivedAt)
    if (Number.isNaN(at.getTime())) throw new IntakeError('receivedAt', '受理时间格式不正确', 'receivedAt is not a valid date')
    // Offline kiosks send late, but not from the future: a clock a day ahead is a broken clock.
    if (at.getTime() > Date.now() + 24 * 3600_000) throw new IntakeError('receivedAt', '受理时间晚于当前时间', 'receivedAt is in the future')
    item.receivedAt = at.toISOString()
  }
  const email = trimOrNull(raw.contact?.email)
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    throw new IntakeError('contact.email', '邮箱格式不正确', 'contact.email is not a valid address')
  }
  const phone = trimOrNull(raw.contact?.phone)
  if (phone && !/^[+\d][\d\s-]{5,19}$/.test(phone)) {
    throw new IntakeError('contact.phone', '电话号码格式不正确', 'contact.phone is not a valid number')
  }
  if (raw.contact?.replyVia === 'email' && !email) {
    throw new IntakeError('contact.email', '选择邮件答复时须填写邮箱', 'An email address is required for a reply by email')
  }
  if (raw.contact?.replyVia === 'phone' && !phone) {
    throw new IntakeError('contact.phone', '选择电话答复时须填写电话', 'A phone number is required for a reply by phone')
  }
  return item
}
