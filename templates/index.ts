/**
 * The template registry: the one place in templates/ that lists channel kinds. Adding a channel
 * means one folder here (guide + notice renderers) and one entry below; Record<ChannelKind, …>
 * makes the type checker demand it once the kind exists in channels/kinds.ts.
 */
import { app } from './app'
import { kiosk } from './kiosk'
import type { ChannelKind, ChannelTemplates, DocType, GuideInput, LimitProblem, NoticeInput, RenderContext, Rendered } from './types'
import { website } from './website'
import { wechat } from './wechat'

export const templates = { website, app, wechat, kiosk } satisfies Record<ChannelKind, ChannelTemplates<unknown, unknown>>

export type Templates = typeof templates
/** Every kind that has templates, in registry order. */
export const TEMPLATE_KINDS = Object.keys(templates) as ChannelKind[]

export type InputOf<D extends DocType> = D extends 'guide' ? GuideInput : NoticeInput

/** One document for one channel. Throws on a kind without templates (a programming error). */
export function render<D extends DocType>(kind: ChannelKind, docType: D, doc: InputOf<D>, ctx: RenderContext): Rendered<unknown> {
  const set: ChannelTemplates<unknown, unknown> | undefined = (templates as Record<string, ChannelTemplates<unknown, unknown>>)[kind]
  if (!set) throw new Error(`没有该渠道类型的模板 / no templates for channel kind ${String(kind)}`)
  return docType === 'guide' ? set.guide(doc as GuideInput, ctx) : set.notice(doc as NoticeInput, ctx)
}

/** The kinds to render: those asked for, else the document's targets, else every kind. */
export function kindsFor(doc: GuideInput | NoticeInput, kinds?: readonly ChannelKind[]): ChannelKind[] {
  if (kinds) return [...kinds]
  const targets = (doc.targets ?? []).filter((k) => TEMPLATE_KINDS.includes(k))
  return targets.length ? targets : [...TEMPLATE_KINDS]
}

/** The document rendered for each kind (admin preview, delivery). */
export function renderAll<D extends DocType>(
  docType: D,
  doc: InputOf<D>,
  ctx: RenderContext,
  kinds?: readonly ChannelKind[],
): Rendered<unknown>[] {
  return kindsFor(doc, kinds).map((kind) => render(kind, docType, doc, ctx))
}

/**
 * Every channel limit the document breaks, for the kinds it goes to. Publishing is refused while
 * an enabled target has problems (src/publishing/workflow/limits.ts runs this on every save that
 * makes an edition live); each message names the channel, the field and the limit.
 */
export function checkLimits<D extends DocType>(
  docType: D,
  doc: InputOf<D>,
  ctx: RenderContext,
  kinds?: readonly ChannelKind[],
): LimitProblem[] {
  return renderAll(docType, doc, ctx, kinds).flatMap((r) => r.problems)
}

export type * from './types'
export type { AppBlock, AppDocument, AppNotice } from './app'
export type { KioskDocument, KioskNotice, KioskScreen } from './kiosk'
export type { WebsiteNoticePage, WebsitePage } from './website'
export type { DraftArticle, WechatArticle } from './wechat'
export { APP_BLOCKS_VERSION } from './app'
export { KIOSK_VERSION } from './kiosk'
export { WEBSITE_CSS } from './website'
export { toDraftArticle, WECHAT_LIMITS } from './wechat'
export { escapeHtml } from './shared/escape'
