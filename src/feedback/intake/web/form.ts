import { readBodyLimited } from '../body'
import { IntakeError } from '../errors'
import type { IntakeItem } from '../types'
import type { FormValues } from './drafts'

/** A form post is a few KB; anything near this is not a citizen typing. */
export const MAX_FORM_BYTES = 64 * 1024
export const MAX_NAME = 50
/** The honeypot: hidden from people and screen readers, filled in by form-stuffing bots. */
export const HONEYPOT_FIELD = 'homepage'
/** Older page forms name their trap `website`; either one filled is a bot. */
const HONEYPOT_FIELDS = [HONEYPOT_FIELD, 'website']
export const REPLY_CHOICES = [
  { value: 'phone', label: '电话答复' },
  { value: 'email', label: '邮件答复' },
  { value: 'none', label: '不需要回复' },
] as const

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const GUIDE_CODE = /^[A-Za-z0-9-]{1,64}$/

export type FormFields = Record<string, string>

/** The posted fields: urlencoded (a plain HTML form), multipart, or JSON from a script. */
export async function readForm(request: Request): Promise<FormFields> {
  const type = (request.headers.get('content-type') ?? '').toLowerCase()
  const bytes = await readBodyLimited(request, MAX_FORM_BYTES)
  const text = new TextDecoder().decode(bytes)
  const fields: FormFields = {}
  if (type.includes('application/json')) {
    let body: unknown
    try {
      body = JSON.parse(text)
    } catch {
      throw new IntakeError('body', '请求内容不是有效的 JSON', 'The body is not valid JSON')
    }
    for (const [k, v] of Object.entries((body ?? {}) as Record<string, unknown>)) if (v !== null && v !== undefined) fields[k] = String(v)
  } else if (type.includes('multipart/form-data')) {
    const form = await new Response(text, { headers: { 'content-type': type } }).formData()
    for (const [k, v] of form.entries()) if (typeof v === 'string') fields[k] = v
  } else if (type.includes('application/x-www-form-urlencoded') || !type) {
    for (const [k, v] of new URLSearchParams(text)) fields[k] = v
  } else {
    throw new IntakeError('body', '不支持的提交格式', `Unsupported content type: ${type}`, 415)
  }
  return fields
}

export const isBot = (f: FormFields) => HONEYPOT_FIELDS.some((k) => !!f[k]?.trim())

/** What goes back into the form when it is refused (the honeypot is not among it). */
export function formValues(f: FormFields): FormValues {
  const pick = (k: string, max: number) => (f[k] ?? '').slice(0, max)
  return {
    text: pick('text', 20_000),
    name: pick('name', 200),
    replyVia: pick('replyVia', 10),
    phone: pick('phone', 40),
    email: pick('email', 320),
    guide: GUIDE_CODE.test(f.guide ?? '') ? f.guide! : '',
    formId: UUID.test(f.formId ?? '') ? f.formId! : '',
  }
}

/**
 * 我要留言: the website form as an IntakeItem. The form's own id (a UUID written into the page)
 * is the client id, so a double click or a resent POST stores one case. Length and format rules
 * beyond the name and the reply choice are validateIntake's.
 */
export function messageItem(v: FormValues): IntakeItem {
  if (v.name.trim().length > MAX_NAME) throw new IntakeError('contact.name', `称呼最多 ${MAX_NAME} 字`, `name is too long (at most ${MAX_NAME})`)
  if (!REPLY_CHOICES.some((c) => c.value === v.replyVia)) {
    throw new IntakeError('contact.replyVia', '请选择答复方式', 'Choose how to be answered (phone, email or none)')
  }
  return {
    channel: 'website',
    kind: 'message',
    clientId: v.formId ? `form:${v.formId}` : null,
    text: v.text,
    guideCode: v.guide || null,
    contact: { name: v.name.trim() || null, phone: v.phone.trim() || null, email: v.email.trim() || null, replyVia: v.replyVia as 'phone' | 'email' | 'none' },
  }
}

/** A site-internal path to return to after a vote; anything else (other hosts, `//x`) is dropped. */
export function sitePath(value: string | undefined): string | null {
  const v = (value ?? '').trim()
  return /^\/(?![/\\])[^\s]{0,499}$/.test(v) ? v : null
}

/** The page a vote is about: the posted `page`, else the guide's own page. */
export function usefulPage(f: FormFields): string | null {
  const guide = GUIDE_CODE.test(f.guide ?? '') ? f.guide! : null
  return sitePath(f.page) ?? (guide ? `/guides/${encodeURIComponent(guide)}` : null)
}

/** 页面是否有用: yes or no about one page, with optional words. */
export function usefulItem(f: FormFields): IntakeItem {
  const answer = (f.useful ?? '').trim().toLowerCase()
  const useful = ['yes', 'true', '1'].includes(answer) ? true : ['no', 'false', '0'].includes(answer) ? false : null
  return {
    channel: 'website',
    kind: 'useful',
    useful: useful as boolean,
    text: f.text ?? null,
    guideCode: GUIDE_CODE.test(f.guide ?? '') ? f.guide : null,
    pageUrl: usefulPage(f),
  }
}
