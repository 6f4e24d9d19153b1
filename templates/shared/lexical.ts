/**
 * Payload Lexical JSON -> a small block model every channel renders its own way (semantic HTML,
 * inline-styled HTML, app blocks, kiosk lines). Walking the tree once here keeps the channels
 * agreeing on what the notice says; unknown nodes degrade to their text, never to nothing.
 */
import { safeUrl } from './escape'
import { guideUrl, noticeUrl } from './doc'
import type { MediaDoc, RenderContext } from '../types'

export interface RichInline {
  /** "\n" is a line break inside the block. */
  text: string
  bold?: true
  italic?: true
  strike?: true
  code?: true
  sub?: true
  sup?: true
  href?: string
}

export interface RichListItem {
  inlines: RichInline[]
  checked?: boolean
  /** Nested lists under this item. */
  children: RichBlock[]
}

export type HeadingLevel = 2 | 3 | 4 | 5 | 6

export type RichBlock =
  | { type: 'paragraph'; inlines: RichInline[] }
  | { type: 'heading'; level: HeadingLevel; inlines: RichInline[] }
  | { type: 'quote'; inlines: RichInline[] }
  | { type: 'list'; ordered: boolean; items: RichListItem[] }
  | { type: 'image'; media: MediaDoc }
  | { type: 'rule' }

type Node = Record<string, unknown> & { type?: unknown; children?: unknown }

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null
const kids = (n: Node): Node[] => (Array.isArray(n.children) ? n.children.filter(isNode) : [])
const INLINE = new Set(['text', 'link', 'autolink', 'linebreak', 'tab', 'mark'])
const isInline = (n: Node) => INLINE.has(String(n.type))

/** Blocks of a rich-text value: editor state, its root, a JSON string, or plain text (one paragraph per line). */
export function lexicalBlocks(value: unknown, ctx: RenderContext): RichBlock[] {
  let v = value
  if (typeof v === 'string') {
    const s = v.trim()
    if (!s.startsWith('{'))
      return s
        .split(/\r?\n/)
        .filter((l) => l.trim())
        .map((l) => ({ type: 'paragraph', inlines: [{ text: l.trim() }] }))
    try {
      v = JSON.parse(s)
    } catch {
      return [{ type: 'paragraph', inlines: [{ text: s }] }]
    }
  }
  if (!isNode(v)) return []
  const root = isNode(v.root) ? v.root : v
  const blocks = walk(kids(root), ctx)
  return orderHeadings(blocks)
}

function walk(nodes: Node[], ctx: RenderContext): RichBlock[] {
  const out: RichBlock[] = []
  let run: Node[] = [] // stray inline nodes directly under a container
  const flush = () => {
    if (run.length) pushText(out, 'paragraph', inlinesOf(run, ctx))
    run = []
  }
  for (const node of nodes) {
    if (isInline(node)) {
      run.push(node)
      continue
    }
    flush()
    switch (node.type) {
      case 'paragraph':
        pushText(out, 'paragraph', inlinesOf(kids(node), ctx))
        break
      case 'heading': {
        const n = Number(String(node.tag ?? 'h2').replace(/\D/g, '')) || 2
        const inlines = inlinesOf(kids(node), ctx)
        if (hasText(inlines)) out.push({ type: 'heading', level: Math.min(6, Math.max(2, n)) as HeadingLevel, inlines })
        break
      }
      case 'quote':
        pushText(out, 'quote', inlinesOf(kids(node), ctx))
        break
      case 'list':
        out.push(list(node, ctx))
        break
      case 'upload':
        if (isNode(node.value) && (node.value.url || isNode(node.value.sizes))) out.push({ type: 'image', media: node.value as MediaDoc })
        break
      case 'horizontalrule':
        out.push({ type: 'rule' })
        break
      default:
        // Tables, blocks and future nodes: keep whatever text they hold.
        if (kids(node).some((k) => !isInline(k))) out.push(...walk(kids(node), ctx))
        else pushText(out, 'paragraph', inlinesOf(kids(node), ctx))
    }
  }
  flush()
  return out
}

function list(node: Node, ctx: RenderContext): RichBlock {
  const items: RichListItem[] = []
  for (const li of kids(node)) {
    const nested = kids(li).filter((k) => k.type === 'list')
    const inlines = inlinesOf(
      kids(li).filter((k) => k.type !== 'list'),
      ctx,
    )
    const children = nested.map((n) => list(n, ctx))
    // Lexical nests a list in its own list item: attach it to the item before.
    if (!hasText(inlines) && children.length && items.length) items[items.length - 1].children.push(...children)
    else items.push({ inlines, children, ...(typeof li.checked === 'boolean' ? { checked: li.checked } : {}) })
  }
  return { type: 'list', ordered: node.listType === 'number' || node.tag === 'ol', items }
}

function inlinesOf(nodes: Node[], ctx: RenderContext, href?: string): RichInline[] {
  const out: RichInline[] = []
  for (const n of nodes) {
    if (n.type === 'linebreak') out.push({ text: '\n' })
    else if (n.type === 'tab') out.push({ text: ' ' })
    else if (typeof n.text === 'string') {
      const f = typeof n.format === 'number' ? n.format : 0
      out.push({
        text: n.text,
        ...(f & 1 ? { bold: true } : {}),
        ...(f & 2 ? { italic: true } : {}),
        ...(f & 4 ? { strike: true } : {}),
        ...(f & 16 ? { code: true } : {}),
        ...(f & 32 ? { sub: true } : {}),
        ...(f & 64 ? { sup: true } : {}),
        ...(href ? { href } : {}),
      } as RichInline)
    } else if (n.type === 'link' || n.type === 'autolink') out.push(...inlinesOf(kids(n), ctx, linkUrl(n, ctx) ?? href))
    else out.push(...inlinesOf(kids(n), ctx, href))
  }
  return out
}

/** A custom link's URL when safe; an internal link to a guide or notice as its public page. */
function linkUrl(node: Node, ctx: RenderContext): string | undefined {
  const fields = isNode(node.fields) ? node.fields : {}
  if (fields.linkType === 'internal' && isNode(fields.doc) && isNode(fields.doc.value)) {
    const { relationTo, value } = fields.doc
    if (relationTo === 'service-guides' && typeof value.code === 'string') return guideUrl(ctx, value.code)
    if (relationTo === 'notices' && typeof value.slug === 'string') return noticeUrl(ctx, value.slug)
    return undefined
  }
  return safeUrl(fields.url) ?? undefined
}

const hasText = (inlines: RichInline[]) => inlines.some((i) => i.text.trim())

function pushText(out: RichBlock[], type: 'paragraph' | 'quote', inlines: RichInline[]) {
  if (hasText(inlines)) out.push({ type, inlines })
}

/** Body headings start under the page's h1 and never skip a level (h2 -> h4 becomes h2 -> h3). */
function orderHeadings(blocks: RichBlock[]): RichBlock[] {
  let prev = 1
  return blocks.map((b) => {
    if (b.type !== 'heading') return b
    const level = Math.min(b.level, prev + 1) as HeadingLevel
    prev = level
    return { ...b, level }
  })
}

/** Plain text of inlines ("\n" kept). */
export const inlineText = (inlines: RichInline[]): string => inlines.map((i) => i.text).join('')

/** Plain text of blocks, one line per paragraph or list item (images left out). */
export function blocksText(blocks: RichBlock[]): string[] {
  const lines: string[] = []
  for (const b of blocks) {
    if (b.type === 'list') for (const item of b.items) lines.push(inlineText(item.inlines), ...blocksText(item.children))
    else if (b.type !== 'image' && b.type !== 'rule') lines.push(inlineText(b.inlines))
  }
  return lines.map((l) => l.trim()).filter(Boolean)
}
