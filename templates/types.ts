/**
 * Shared types of templates/: what a renderer takes (a published document as Payload returns it at
 * depth 1) and what it gives back. Every field the renderers read is optional-tolerant, because a
 * document reaches them from the database, from an admin preview of a draft, or from an import.
 */
import type { ChannelKind } from '../channels/kinds'
import type { MATERIAL_FORMS } from '../collections/ServiceGuides'
import type { ITEM_TYPES } from '../src/fields/itemCode'

// The kind list lives in channels/kinds.ts (the admin's select options); templates/index.ts is the
// only place in templates/ that maps kinds to renderers, and Record<ChannelKind, …> keeps them in step.
export type { ChannelKind }

export type DocType = 'guide' | 'notice'
export type Id = string | number

/** Type-only import: the collection's hooks never load here, yet a new form breaks FORM_LABELS' type. */
export type MaterialForm = (typeof MATERIAL_FORMS)[number]['value']
export type ItemTypeValue = (typeof ITEM_TYPES)[number]['value']

export interface PhoneEntry {
  label?: string | null
  number?: string | null
}

export interface DepartmentRef {
  id?: Id
  code?: string | null
  name?: string | null
  shortName?: string | null
  phones?: PhoneEntry[] | null
}

export interface MediaSize {
  url?: string | null
  width?: number | null
  height?: number | null
}

export type MediaSizeName = 'web480' | 'web960' | 'web1600' | 'wechatCover' | 'square' | 'kioskPortrait'

/** A populated `media` document (collections/Media). `url` may be site-relative (/api/media/file/…). */
export interface MediaDoc {
  id?: Id
  url?: string | null
  alt?: string | null
  caption?: string | null
  width?: number | null
  height?: number | null
  sizes?: Partial<Record<MediaSizeName, MediaSize | null>> | null
}

export interface ChannelOverrides {
  /** 短标题: the WeChat title (≤ 32). */
  shortTitle?: string | null
  /** 摘要: the WeChat digest (≤ 128). */
  digest?: string | null
  /** 终端摘要: read aloud and shown first on kiosks. */
  kioskSummary?: string | null
  /** Populated media doc, or its id when the document was read at depth 0. */
  cover?: MediaDoc | Id | null
}

export interface RelatedGuideRef {
  id?: Id
  code?: string | null
  title?: string | null
}

interface PublishedDoc {
  id?: Id
  title: string
  department?: DepartmentRef | Id | null
  /** Populated guides, or bare ids (skipped: a link needs the code and title). */
  relatedGuides?: (RelatedGuideRef | Id)[] | null
  channelOverrides?: ChannelOverrides | null
  targets?: ChannelKind[] | null
  updatedAt?: string | null
}

export interface GuideInput extends PublishedDoc {
  /** 事项编码: the key every channel keys the guide by. */
  code: string
  itemType?: ItemTypeValue | null
  audience?: 'personal' | 'corporate' | 'both' | null
  themes?: string[] | null
  summary?: string | null
  legalBasis?: { text?: string | null }[] | null
  conditions?: { text?: string | null }[] | null
  materials?: { name?: string | null; form?: MaterialForm | null; copies?: number | null; note?: string | null }[] | null
  steps?: { name?: string | null; description?: string | null }[] | null
  legalLimitDays?: number | null
  promisedLimitDays?: number | null
  fee?: { charged?: boolean | null; description?: string | null } | null
  locations?: { name?: string | null; address?: string | null; hours?: string | null }[] | null
  consultPhone?: string | null
  complaintPhone?: string | null
  onlineUrl?: string | null
  onlineDepth?: '1' | '2' | '3' | '4' | 1 | 2 | 3 | 4 | null
  maxVisits?: number | null
  faq?: { question?: string | null; answer?: string | null }[] | null
}

export interface NoticeInput extends PublishedDoc {
  /** The notice's key on every channel. */
  slug: string
  /** Payload Lexical editor state (or its JSON string, or plain text). */
  body?: unknown
  validFrom?: string | null
  validTo?: string | null
  urgent?: boolean | null
}

export interface RenderContext {
  /** Public website base, e.g. https://zwfw.example.cn (no trailing slash needed). */
  siteUrl: string
  /** Base for site-relative media URLs when media is served elsewhere; defaults to siteUrl. */
  mediaBaseUrl?: string
  /** Only for renderings that depend on the time; renderers never read the clock themselves. */
  now?: Date
  /** 适老化: website only (large type, high contrast). Kiosk renderings are always large print. */
  elder?: boolean
}

/** A channel limit the document breaks: publishing to that channel is refused while any remain. */
export interface LimitProblem {
  channel: ChannelKind
  /** The channel's field name, e.g. 'title', 'digest', 'content', 'cover'. */
  field: string
  limit: number
  actual: number
  /** Bilingual "中文 / English", naming the channel, the field and the limit. */
  message: string
}

export interface Rendered<T> {
  channel: ChannelKind
  docType: DocType
  /** Item code for guides, slug for notices. */
  key: string
  title: string
  body: T
  problems: LimitProblem[]
}

export interface ChannelTemplates<G, N> {
  guide: (doc: GuideInput, ctx: RenderContext) => Rendered<G>
  notice: (doc: NoticeInput, ctx: RenderContext) => Rendered<N>
}
