/**
 * The app's content model: a versioned list of typed blocks a native app maps to its own views
 * without parsing HTML. Bump APP_BLOCKS_VERSION on any breaking change (docs/templates.md).
 */
import { pickImage } from '../shared/doc'
import { inlineText, type RichBlock, type RichInline, type RichListItem } from '../shared/lexical'
import type { DocType, MaterialForm, RenderContext } from '../types'

export const APP_BLOCKS_VERSION = 1

/** A styled run inside a paragraph; only present when the paragraph has formatting or links. */
export type AppSpan = RichInline

export interface AppListItem {
  text: string
  spans?: AppSpan[]
  checked?: boolean
  items?: AppListItem[]
}

export type AppBlock =
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; text: string }
  | { type: 'paragraph'; text: string; spans?: AppSpan[] }
  | { type: 'quote'; text: string; spans?: AppSpan[] }
  | { type: 'alert'; level: 'urgent'; text: string }
  | { type: 'validity'; from: string | null; to: string | null; fromText: string; toText: string }
  | { type: 'facts'; items: { key: string; label: string; value: string }[] }
  | { type: 'list'; ordered: boolean; items: AppListItem[] }
  | { type: 'materials'; items: { name: string; form: MaterialForm | null; formLabel: string; copies: number | null; note: string }[] }
  | { type: 'steps'; items: { name: string; description: string }[] }
  | { type: 'locations'; items: { name: string; address: string; hours: string }[] }
  | { type: 'phone'; label: string; number: string; uri: string }
  | { type: 'link'; role: 'online' | 'related'; label: string; url: string }
  | { type: 'faq'; items: { question: string; answer: string }[] }
  | { type: 'image'; url: string; alt: string; width: number | null; height: number | null; caption?: string }
  | { type: 'divider' }

export interface AppDocument {
  version: typeof APP_BLOCKS_VERSION
  docType: DocType
  key: string
  title: string
  /** The same document on the public website (for sharing). */
  url: string
  blocks: AppBlock[]
}

function spans(inlines: RichInline[]): AppSpan[] | undefined {
  const styled = inlines.some((i) => Object.keys(i).length > 1)
  return styled ? inlines.map((i) => ({ ...i })) : undefined
}

const withSpans = (inlines: RichInline[]) => {
  const s = spans(inlines)
  return { text: inlineText(inlines), ...(s ? { spans: s } : {}) }
}

function listItem(item: RichListItem): AppListItem {
  const nested = item.children.flatMap((b) => (b.type === 'list' ? b.items.map(listItem) : []))
  return {
    ...withSpans(item.inlines),
    ...(item.checked === undefined ? {} : { checked: item.checked }),
    ...(nested.length ? { items: nested } : {}),
  }
}

/** Rich-text blocks as app blocks; images at the 960 rendition with their alt text. */
export function richToApp(blocks: RichBlock[], ctx: RenderContext): AppBlock[] {
  const out: AppBlock[] = []
  for (const b of blocks) {
    if (b.type === 'paragraph') out.push({ type: 'paragraph', ...withSpans(b.inlines) })
    else if (b.type === 'quote') out.push({ type: 'quote', ...withSpans(b.inlines) })
    else if (b.type === 'heading') out.push({ type: 'heading', level: b.level, text: inlineText(b.inlines) })
    else if (b.type === 'list') out.push({ type: 'list', ordered: b.ordered, items: b.items.map(listItem) })
    else if (b.type === 'rule') out.push({ type: 'divider' })
    else {
      const img = pickImage(b.media, ctx, ['web960', 'web1600', 'web480'])
      if (img)
        out.push({
          type: 'image',
          url: img.url,
          alt: b.media.alt ?? '',
          width: img.width,
          height: img.height,
          ...(b.media.caption ? { caption: b.media.caption } : {}),
        })
    }
  }
  return out
}
