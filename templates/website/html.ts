/**
 * HTML building blocks for the website: an element helper that escapes every attribute, the
 * rich-text block model as semantic HTML, images with srcset, and the article root that carries
 * lang="zh-CN" and the 适老化 (elder-friendly) switch.
 */
import { escapeHtml as esc } from '../shared/escape'
import { pickImage } from '../shared/doc'
import type { RichBlock, RichInline, RichListItem } from '../shared/lexical'
import type { MediaDoc, RenderContext } from '../types'
import { ELDER_STYLE } from './styles'

export { esc }

type Attrs = Record<string, string | number | boolean | null | undefined>

/** `<name attrs>children</name>`; attribute values are escaped, children are HTML already. */
export function el(name: string, attrs: Attrs, ...children: string[]): string {
  return `<${name}${attrsHtml(attrs)}>${children.join('')}</${name}>`
}

/** A void element (img, br, hr): no closing tag. */
export const voidEl = (name: string, attrs: Attrs): string => `<${name}${attrsHtml(attrs)}>`

function attrsHtml(attrs: Attrs): string {
  return Object.entries(attrs)
    .filter(([, v]) => v !== null && v !== undefined && v !== false)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${esc(v)}"`))
    .join('')
}

/** Inlines as HTML; neighbouring runs with one link share one <a>. */
export function inlineHtml(inlines: RichInline[]): string {
  let html = ''
  for (let i = 0; i < inlines.length;) {
    const href = inlines[i].href
    let j = i
    let run = ''
    while (j < inlines.length && inlines[j].href === href) run += formatted(inlines[j++])
    html += href ? el('a', { href }, run) : run
    i = j
  }
  return html
}

function formatted(i: RichInline): string {
  let s = esc(i.text).replace(/\n/g, '<br>')
  if (i.code) s = `<code>${s}</code>`
  if (i.sub) s = `<sub>${s}</sub>`
  if (i.sup) s = `<sup>${s}</sup>`
  if (i.strike) s = `<s>${s}</s>`
  if (i.italic) s = `<em>${s}</em>`
  if (i.bold) s = `<strong>${s}</strong>`
  return s
}

export function blocksHtml(blocks: RichBlock[], ctx: RenderContext): string {
  return blocks.map((b) => blockHtml(b, ctx)).join('')
}

function blockHtml(b: RichBlock, ctx: RenderContext): string {
  switch (b.type) {
    case 'paragraph':
      return el('p', {}, inlineHtml(b.inlines))
    case 'heading':
      return el(`h${b.level}`, {}, inlineHtml(b.inlines))
    case 'quote':
      return el('blockquote', {}, el('p', {}, inlineHtml(b.inlines)))
    case 'list':
      return el(b.ordered ? 'ol' : 'ul', {}, ...b.items.map((item) => listItem(item, ctx)))
    case 'image':
      return figure(b.media, ctx)
    case 'rule':
      return '<hr>'
  }
}

function listItem(item: RichListItem, ctx: RenderContext): string {
  const mark = item.checked === undefined ? '' : item.checked ? '（已完成）' : '（未完成）'
  return el('li', {}, inlineHtml(item.inlines), mark, blocksHtml(item.children, ctx))
}

const WIDTHS = [
  ['web480', 480],
  ['web960', 960],
  ['web1600', 1600],
] as const

/** A responsive image: srcset from the WebP renditions, the alt text editors must write. */
export function figure(media: MediaDoc, ctx: RenderContext): string {
  const main = pickImage(media, ctx, ['web960', 'web1600', 'web480'])
  if (!main) return ''
  const srcset = WIDTHS.map(([name, w]) => {
    const src = pickImage({ sizes: media.sizes }, ctx, [name])
    return src && media.sizes?.[name] ? `${src.url} ${media.sizes[name]?.width ?? w}w` : ''
  }).filter(Boolean)
  const img = voidEl('img', {
    src: main.url,
    srcset: srcset.length ? srcset.join(', ') : null,
    sizes: srcset.length ? '(max-width: 960px) 100vw, 960px' : null,
    alt: media.alt ?? '',
    width: main.width,
    height: main.height,
    loading: 'lazy',
  })
  const caption = media.caption ? el('figcaption', {}, esc(media.caption)) : ''
  return el('figure', { class: 'omni-figure' }, img, caption)
}

/** The fragment's root: zh-CN, and in elder mode the omni-elder class plus inline CSS variables. */
export function article(kind: 'guide' | 'notice', ctx: RenderContext, ...children: string[]): string {
  return el(
    'article',
    { class: `omni-doc omni-${kind}${ctx.elder ? ' omni-elder' : ''}`, lang: 'zh-CN', style: ctx.elder ? ELDER_STYLE : null },
    ...children,
  )
}

/** A titled section; the h2 labels it for assistive technology. */
export function section(name: string, heading: string, ...children: string[]): string {
  return el('section', { class: `omni-${name}` }, el('h2', {}, esc(heading)), ...children)
}
