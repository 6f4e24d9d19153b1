/**
 * 发布前的渠道限制检查: a save that makes an edition live (workflow publish, Payload's Publish
 * button, a scheduled publish, an import) is refused while any targeted, enabled channel's
 * rendering breaks that channel's limits. Without this the save went through and the delivery to
 * that channel died later; now nothing is saved and nothing is enqueued.
 */
import type { PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { CHANNEL_KINDS, type ChannelKind } from '../../../channels/kinds'
import { DOC_TYPE, type DocCollection } from '../../../channels/types'
import { checkLimits, kindsFor, type GuideInput, type NoticeInput } from '../../../templates'
import { siteUrl } from '../outbox/render'
import { toPreviewProblem } from '../preview/build'
import type { PreviewProblem } from '../preview/types'

type Doc = Record<string, unknown>
type Id = string | number

const LABELS = Object.fromEntries(CHANNEL_KINDS.map((k) => [k.value, k.label])) as Record<ChannelKind, string>
// How templates/shared/limits.ts names channels in English (its fallback is the kind itself).
const LABELS_EN: Partial<Record<ChannelKind, string>> = { wechat: 'WeChat official account' }

const isId = (v: unknown): v is Id => typeof v === 'string' || typeof v === 'number'

/** The kinds the edition goes to that have at least one enabled channel (as the outbox picks them). */
async function enabledTargets(req: PayloadRequest, doc: Doc): Promise<ChannelKind[]> {
  const wanted = kindsFor(doc as unknown as GuideInput)
  const { docs } = await req.payload.find({
    collection: 'channels',
    where: { and: [{ enabled: { equals: true } }, { kind: { in: wanted } }] },
    pagination: false,
    depth: 0,
    select: { kind: true },
    req,
  })
  const enabled = new Set(docs.map((c) => String((c as { kind?: unknown }).kind)))
  return wanted.filter((k) => enabled.has(k))
}

/**
 * The unsaved edition as delivery will read it (depth 1): department, cover and related guides
 * populated, since the department's phones and the related titles count towards WeChat's content
 * and a cover that no longer exists is a missing cover.
 */
async function populate(req: PayloadRequest, doc: Doc): Promise<Doc> {
  const out: Doc = { ...doc }
  if (isId(doc.department)) {
    out.department =
      (await req.payload.findByID({ collection: 'departments', id: doc.department, depth: 0, disableErrors: true, req })) ?? doc.department
  }
  const overrides = doc.channelOverrides as Doc | null | undefined
  if (overrides && isId(overrides.cover)) {
    const media = await req.payload.findByID({ collection: 'media', id: overrides.cover, depth: 0, disableErrors: true, req })
    out.channelOverrides = { ...overrides, cover: media ?? null }
  }
  const related = Array.isArray(doc.relatedGuides) ? (doc.relatedGuides as unknown[]) : []
  const ids = related.filter(isId)
  if (ids.length) {
    const { docs } = await req.payload.find({
      collection: 'service-guides',
      where: { id: { in: ids } },
      pagination: false,
      depth: 0,
      select: { code: true, title: true },
      req,
    })
    const byId = new Map(docs.map((g) => [String(g.id), g]))
    out.relatedGuides = related.map((r) => (isId(r) ? (byId.get(String(r)) ?? r) : r))
  }
  return out
}

/** Every limit the edition breaks on the channels it would be delivered to now. */
export async function publishProblems(req: PayloadRequest, collection: DocCollection, doc: Doc): Promise<PreviewProblem[]> {
  const kinds = await enabledTargets(req, doc)
  if (!kinds.length) return []
  const input = (await populate(req, doc)) as unknown as GuideInput & NoticeInput
  return checkLimits(DOC_TYPE[collection], input, { siteUrl: siteUrl(), now: new Date() }, kinds).map(toPreviewProblem)
}

/** "微信公众号的标题…" → "标题…", "微信公众号要求…" → "要求…": the lead already names the channel. */
function strip(text: string, ...prefixes: string[]): string {
  const prefix = prefixes.find((p) => text.startsWith(p) && text.length > p.length)
  return prefix ? text.slice(prefix.length) : text
}

/** The refusal: 400, bilingual, naming each channel, field and limit, and what the editor can do. */
export function publishRefusal(problems: PreviewProblem[]): APIError {
  const channels = [...new Set(problems.map((p) => p.channel))]
  const zhParts = channels.map((ch) => {
    const label = LABELS[ch] ?? ch
    const list = problems.filter((p) => p.channel === ch).map((p) => strip(p.zh, `${label}的`, label))
    return `无法发布到${label}：${list.join('；')}`
  })
  const enParts = channels.map((ch) => {
    const label = LABELS_EN[ch] ?? ch
    const list = problems.filter((p) => p.channel === ch).map((p) => strip(p.en, `${label} `))
    return `Cannot publish to ${label}: ${list.join('; ')}`
  })
  const zh = `${zhParts.join('。')}。请修改内容、在“渠道定制”中填写短标题、摘要或封面图，或在“发布渠道”中取消该渠道后再发布`
  const en = `${enParts.join('. ')}. Fix the document, fill in the channel overrides (short title, digest, cover), or untarget the channel, then publish again`
  const data = {
    zh,
    en,
    problems: problems.map(({ channel, field, limit, actual, zh, en }) => ({ channel, field, limit, actual, zh, en })),
  }
  return new APIError(`${zh} / ${en}`, 400, data, true)
}

/** Throws the refusal when the edition breaks any enabled target's limits. */
export async function assertPublishable(req: PayloadRequest, collection: DocCollection, doc: Doc): Promise<void> {
  const problems = await publishProblems(req, collection, doc)
  if (problems.length) throw publishRefusal(problems)
}

/**
 * Imports: drops from `targets` every channel kind the edition breaks, logging why, so the record
 * still goes live on the channels it fits. An editor adds the cover or short title and retargets.
 */
export async function untargetUnfit(req: PayloadRequest, collection: DocCollection, data: Doc, originalDoc?: Doc | null): Promise<void> {
  const doc = { ...(originalDoc ?? {}), ...data }
  const problems = await publishProblems(req, collection, doc)
  if (!problems.length) return
  const unfit = new Set(problems.map((p) => p.channel))
  const current = Array.isArray(doc.targets) && (doc.targets as unknown[]).length ? (doc.targets as ChannelKind[]) : CHANNEL_KINDS.map((k) => k.value)
  data.targets = current.filter((k) => !unfit.has(k))
  const warning = publishRefusal(problems).message
  req.payload.logger.warn(`导入时已取消不符合限制的渠道 / untargeted on import: ${String(doc.code ?? doc.slug ?? '')}: ${warning}`)
  const warnings = (req.context.importWarnings as string[] | undefined) ?? []
  warnings.push(`${String(doc.code ?? doc.slug ?? '')}: ${[...unfit].map((k) => LABELS[k] ?? k).join('、')}`)
  req.context.importWarnings = warnings
}
