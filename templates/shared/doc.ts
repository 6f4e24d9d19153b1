/**
 * Reading a published document the same way on every channel: populated or bare relations,
 * URLs, phone numbers, labels and the guide's key facts.
 */
import { ITEM_TYPES } from '../../src/fields/itemCode'
import { safeUrl } from './escape'
import { clean } from './text'
import type { DepartmentRef, DocType, GuideInput, MaterialForm, MediaDoc, MediaSizeName, NoticeInput, RenderContext } from '../types'

// Mirrors MATERIAL_FORMS in collections/ServiceGuides (not imported: that module pulls in hooks).
export const FORM_LABELS: Record<MaterialForm, string> = { original: '原件', copy: '复印件', e_licence: '电子证照' }
export const AUDIENCE_LABELS = { personal: '自然人', corporate: '法人', both: '自然人和法人' } as const
export const ONLINE_DEPTH_LABELS: Record<string, string> = {
  '1': '一级：信息公开',
  '2': '二级：在线预约与下载',
  '3': '三级：在线预审',
  '4': '四级：全程网办',
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

export function department(doc: GuideInput | NoticeInput): DepartmentRef | null {
  return isObject(doc.department) ? (doc.department as DepartmentRef) : null
}

export const departmentName = (doc: GuideInput | NoticeInput): string => clean(department(doc)?.name)

/** Related guides that were populated; bare ids are skipped (no code, no title to link). */
export function relatedGuides(doc: GuideInput | NoticeInput): { code: string; title: string }[] {
  return (doc.relatedGuides ?? [])
    .filter(isObject)
    .map((g) => ({ code: clean(g.code), title: clean(g.title) }))
    .filter((g) => g.code && g.title)
}

export const coverOf = (doc: GuideInput | NoticeInput): MediaDoc | null =>
  isObject(doc.channelOverrides?.cover) ? (doc.channelOverrides.cover as MediaDoc) : null

const trimSlash = (s: string) => s.replace(/\/+$/, '')

export const guideUrl = (ctx: RenderContext, code: string) => `${trimSlash(ctx.siteUrl)}/guides/${encodeURIComponent(code)}`
export const noticeUrl = (ctx: RenderContext, slug: string) => `${trimSlash(ctx.siteUrl)}/notices/${encodeURIComponent(slug)}`

/** The document's page on the public website (the website channel serves these paths). */
export const pageUrl = (ctx: RenderContext, docType: DocType, key: string) =>
  docType === 'guide' ? guideUrl(ctx, key) : noticeUrl(ctx, key)

/** The online-handling link when it is a usable http(s) URL. */
export function onlineUrl(doc: GuideInput): string | null {
  const url = safeUrl(doc.onlineUrl)
  return url && /^https?:/i.test(url) ? url : null
}

/** An absolute http(s) URL for a media URL, resolving site-relative ones against the media base. */
export function absoluteMediaUrl(url: unknown, ctx: RenderContext): string | null {
  if (typeof url !== 'string' || !url.trim()) return null
  try {
    const abs = new URL(url.trim(), trimSlash(ctx.mediaBaseUrl ?? ctx.siteUrl) + '/').toString()
    return /^https?:/i.test(abs) ? abs : null
  } catch {
    return null
  }
}

/** The first available rendition in `prefer`, else the original. */
export function pickImage(media: MediaDoc, ctx: RenderContext, prefer: MediaSizeName[]) {
  for (const name of prefer) {
    const size = media.sizes?.[name]
    const url = absoluteMediaUrl(size?.url, ctx)
    if (url) return { url, width: size?.width ?? null, height: size?.height ?? null }
  }
  const url = absoluteMediaUrl(media.url, ctx)
  return url ? { url, width: media.width ?? null, height: media.height ?? null } : null
}

/** Consultation and complaint numbers of the guide, then the department's, without repeats. */
export function phones(doc: GuideInput | NoticeInput): { label: string; number: string }[] {
  const list: { label: string; number: string }[] = []
  const add = (label: string, number: unknown) => {
    const n = clean(number)
    if (n && !list.some((p) => p.number === n)) list.push({ label, number: n })
  }
  if ('code' in doc) {
    add('咨询电话', doc.consultPhone)
    add('投诉电话', doc.complaintPhone)
  }
  for (const p of department(doc)?.phones ?? []) add(clean(p.label) || '联系电话', p.number)
  return list
}

/** tel: URI: digits only, an extension (0531-80001000-123) dialled after a pause. */
export function telHref(number: string): string {
  const ext = /^(\d{3,4})-(\d{7,8})-(\d{1,6})$/.exec(number.trim())
  return ext ? `tel:${ext[1]}${ext[2]},${ext[3]}` : `tel:${number.replace(/[^\d+]/g, '')}`
}

export const itemTypeLabel = (v: unknown) => ITEM_TYPES.find((t) => t.value === v)?.label ?? ''
export const formLabel = (v: unknown) => FORM_LABELS[v as MaterialForm] ?? ''

/** Copies to hand in; 0 means nothing on paper (e-licences, documents only shown). */
export const copiesText = (n: number | null | undefined) => (typeof n !== 'number' ? '' : n === 0 ? '无需提交' : `${n}份`)
/** Working days; a promised limit of 0 is the common 即办 (done on the spot). */
export const daysText = (n: number | null | undefined) => (typeof n !== 'number' ? '' : n === 0 ? '即办' : `${n}个工作日`)

export function feeText(fee: GuideInput['fee']): string {
  const note = clean(fee?.description)
  if (fee?.charged) return note || '收费'
  return note || '不收费'
}

export type FactKey = 'itemType' | 'department' | 'audience' | 'legalLimit' | 'promisedLimit' | 'fee' | 'maxVisits' | 'onlineDepth'

/** The guide's key facts, in reading order, only those with a value. */
export function guideFacts(doc: GuideInput): { key: FactKey; label: string; value: string }[] {
  const facts: [FactKey, string, string][] = [
    ['itemType', '事项类型', itemTypeLabel(doc.itemType)],
    ['department', '责任部门', departmentName(doc)],
    ['audience', '服务对象', doc.audience ? (AUDIENCE_LABELS[doc.audience] ?? '') : ''],
    ['legalLimit', '法定办结时限', daysText(doc.legalLimitDays)],
    ['promisedLimit', '承诺办结时限', daysText(doc.promisedLimitDays)],
    ['fee', '收费标准', feeText(doc.fee)],
    ['maxVisits', '最多跑动次数', typeof doc.maxVisits === 'number' ? `${doc.maxVisits}次` : ''],
    ['onlineDepth', '网办深度', doc.onlineDepth ? (ONLINE_DEPTH_LABELS[String(doc.onlineDepth)] ?? '') : ''],
  ]
  return facts.filter(([, , value]) => value).map(([key, label, value]) => ({ key, label, value }))
}

/** Text entries of an array-of-{text} field, cleaned, empties dropped. */
export const texts = (rows: { text?: string | null }[] | null | undefined): string[] =>
  (rows ?? []).map((r) => clean(r.text)).filter(Boolean)
