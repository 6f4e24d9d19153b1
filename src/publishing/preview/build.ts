/**
 * A draft as every channel it targets will get it, with every limit it breaks: the admin's
 * per-channel preview. Pure: the same renderers and checks as delivery (templates/), so what an
 * editor sees here is what the outbox would send and what would make a delivery fail.
 */
import { CHANNEL_KINDS, type ChannelKind } from '../../../channels/kinds'
import { kindsFor, render, type AppDocument, type DocType, type GuideInput, type KioskDocument, type LimitProblem, type NoticeInput, type RenderContext, type Rendered, type WebsitePage, type WechatArticle } from '../../../templates'
import { appMockup, kioskMockup, websiteMockup, wechatMockup } from './mockups'
import type { ChannelPreview, PreviewProblem } from './types'

const LABELS = Object.fromEntries(CHANNEL_KINDS.map((k) => [k.value, k.label])) as Record<ChannelKind, string>

/** Splits the problem's bilingual message ("中文 / English") for clients that show one language. */
export function toPreviewProblem(p: LimitProblem): PreviewProblem {
  const cut = p.message.indexOf(' / ')
  return { ...p, zh: cut < 0 ? p.message : p.message.slice(0, cut), en: cut < 0 ? p.message : p.message.slice(cut + 3) }
}

/** The HTML to show and the data the channel receives, per kind (website data leaves out the HTML it shows). */
function present(kind: ChannelKind, body: unknown): { html: string; data: unknown } {
  switch (kind) {
    case 'website': {
      const { html: _html, ...facts } = body as WebsitePage
      return { html: websiteMockup(body as WebsitePage), data: facts }
    }
    case 'wechat': {
      const { content: _content, ...fields } = body as WechatArticle
      return { html: wechatMockup(body as WechatArticle), data: fields }
    }
    case 'app':
      return { html: appMockup(body as AppDocument), data: body }
    case 'kiosk':
      return { html: kioskMockup(body as KioskDocument), data: body }
  }
}

export function previewChannel(kind: ChannelKind, docType: DocType, doc: GuideInput | NoticeInput, ctx: RenderContext): ChannelPreview {
  let rendered: Rendered<unknown>
  try {
    rendered = render(kind, docType, doc as never, ctx)
  } catch (err) {
    const message = `渲染失败 / rendering failed: ${(err as Error).message}`
    return { channel: kind, label: LABELS[kind] ?? kind, title: doc.title, html: '', data: null, problems: [], error: message }
  }
  return {
    channel: kind,
    label: LABELS[kind] ?? kind,
    title: rendered.title,
    ...present(kind, rendered.body),
    problems: rendered.problems.map(toPreviewProblem),
  }
}

/** Every kind the document targets (else every kind), in registry order. */
export function previewAll(docType: DocType, doc: GuideInput | NoticeInput, ctx: RenderContext): { kinds: ChannelKind[]; channels: ChannelPreview[]; problems: PreviewProblem[] } {
  const kinds = kindsFor(doc)
  const channels = kinds.map((kind) => previewChannel(kind, docType, doc, ctx))
  return { kinds, channels, problems: channels.flatMap((c) => c.problems) }
}
