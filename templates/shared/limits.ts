/**
 * LimitProblem construction: one wording for every channel, so the admin can show the message as
 * is and tests can rely on it naming the channel, the field and the limit in both languages.
 */
import { CHANNEL_KINDS } from '../../channels/kinds'
import type { ChannelKind, LimitProblem } from '../types'

// Channel kinds without an entry here fall back to their code name: adding a kind needs no edit.
const CHANNEL_EN: Partial<Record<string, string>> = { wechat: 'WeChat official account' }

const FIELDS: Record<string, [zh: string, en: string]> = {
  title: ['标题', 'title'],
  digest: ['摘要', 'digest'],
  author: ['作者', 'author'],
  content: ['正文', 'content'],
  content_source_url: ['阅读原文链接', 'content_source_url'],
  cover: ['封面图', 'cover'],
  qr: ['二维码链接', 'QR code link'],
}

export type LimitKind = 'maxChars' | 'belowChars' | 'belowBytes' | 'maxBytes' | 'required'

export interface Hint {
  zh: string
  en: string
}

export function limitProblem(
  channel: ChannelKind,
  field: string,
  kind: LimitKind,
  limit: number,
  actual: number,
  hint?: Hint,
): LimitProblem {
  const ch = CHANNEL_KINDS.find((k) => k.value === channel)?.label ?? channel
  const chEn = CHANNEL_EN[channel] ?? channel
  const [f, fEn] = FIELDS[field] ?? [field, field]
  const [zh, en] = {
    maxChars: [
      `${ch}的${f}（${field}）不能超过${limit}个字，现为${actual}个字`,
      `${chEn} ${fEn} must be at most ${limit} characters, is ${actual}`,
    ],
    belowChars: [
      `${ch}的${f}（${field}）须少于${limit}个字符，现为${actual}个字符`,
      `${chEn} ${fEn} must be under ${limit} characters, is ${actual}`,
    ],
    belowBytes: [
      `${ch}的${f}（${field}）须小于${limit}字节，现为${actual}字节`,
      `${chEn} ${fEn} must be under ${limit} bytes, is ${actual}`,
    ],
    maxBytes: [
      `${ch}的${f}（${field}）不能超过${limit}字节，现为${actual}字节`,
      `${chEn} ${fEn} must be at most ${limit} bytes, is ${actual}`,
    ],
    required: [`${ch}要求${f}（${field}）`, `${chEn} requires ${fEn}`],
  }[kind]
  const message = hint ? `${zh}，${hint.zh} / ${en}; ${hint.en}` : `${zh} / ${en}`
  return { channel, field, limit, actual, message }
}
