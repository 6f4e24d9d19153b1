/** The preview endpoint's answer, shared by the endpoint and the admin components (types only). */
import type { ChannelKind } from '../../../channels/kinds'

export interface PreviewProblem {
  channel: ChannelKind
  /** The channel's field, e.g. 'title', 'digest', 'cover'. */
  field: string
  limit: number
  actual: number
  /** "中文 / English", as templates/shared/limits.ts words it. */
  message: string
  zh: string
  en: string
}

export interface ChannelPreview {
  channel: ChannelKind
  /** The channel kind's Chinese name (政务服务网, 微信公众号, …). */
  label: string
  /** The title this channel shows (WeChat: the short title when given). */
  title: string
  /** A whole HTML document for a sandboxed iframe (srcdoc): roughly how the channel shows it. */
  html: string
  /** The rendering as the channel receives it: page facts, article fields, app blocks, kiosk screens. */
  data: unknown
  problems: PreviewProblem[]
  /** The renderer failed (a bug, never the editor's fault): the other channels still preview. */
  error?: string
}

export interface PreviewResponse {
  id: string
  collection: 'service-guides' | 'notices'
  docType: 'guide' | 'notice'
  /** Item code or slug. */
  key: string
  title: string
  /** Of the edition shown: the newest one, a draft or the live edition. */
  status: 'draft' | 'published'
  updatedAt: string | null
  /** The kinds previewed: the document's targets, else every kind. */
  kinds: ChannelKind[]
  channels: ChannelPreview[]
  /** Every channel's problems together; empty means publishable to every target. */
  problems: PreviewProblem[]
}
