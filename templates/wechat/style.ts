/**
 * WeChat article HTML. The platform strips <style>, classes, scripts and external links, so every
 * element carries its own style attribute and links become plain text. Styles are kept short:
 * they count towards the 20,000-character content limit.
 */
import { escapeHtml as esc } from '../shared/escape'
import { pickImage } from '../shared/doc'
import type { RichBlock, RichInline } from '../shared/lexical'
import type { RenderContext } from '../types'

export { esc }

export const S = {
  root: 'font-size:16px;line-height:1.75;color:#333',
  p: 'margin:0 0 12px',
  h2: 'margin:24px 0 12px;padding-left:8px;border-left:4px solid #1a5fb4;font-size:18px;font-weight:bold;color:#1a1a1a',
  h3: 'margin:16px 0 8px;font-size:16px;font-weight:bold;color:#1a1a1a',
  item: 'margin:0 0 8px;padding-left:1.5em;text-indent:-1.5em',
  note: 'margin:0 0 12px;font-size:14px;color:#666',
  quote: 'margin:0 0 12px;padding:8px 12px;border-left:3px solid #ccc;color:#555',
  urgent: 'margin:0 0 16px;padding:10px 12px;border:2px solid #c0392b;color:#c0392b;font-weight:bold',
  table: 'width:100%;border-collapse:collapse;margin:0 0 12px;font-size:15px',
  th: 'width:35%;padding:6px 8px;border:1px solid #ddd;background:#f5f7fa;text-align:left;font-weight:bold',
  td: 'padding:6px 8px;border:1px solid #ddd',
  figure: 'margin:0 0 12px;text-align:center',
  img: 'max-width:100%;height:auto;display:block;margin:0 auto',
  code: 'font-family:monospace;background:#f5f5f5;padding:0 2px',
  hr: 'margin:16px 0;border:0;border-top:1px solid #ddd',
} as const

/** `<name style="…">children</name>`: children are HTML already; styles are our constants. */
export const el = (name: string, style: string, ...children: string[]) =>
  `<${name}${style ? ` style="${style}"` : ''}>${children.join('')}</${name}>`

export const para = (text: string, style: string = S.p) => el('p', style, esc(text))
export const h2 = (text: string) => el('h2', S.h2, esc(text))

/** Hanging-indent numbered or bulleted lines (WeChat's own list rendering varies by client). */
export const items = (lines: string[], ordered: boolean) =>
  lines.map((line, i) => el('p', S.item, `${ordered ? `${i + 1}. ` : '• '}${esc(line)}`)).join('')

/** Two-column facts table. */
export const factsTable = (rows: { label: string; value: string }[]) =>
  rows.length
    ? el('table', S.table, el('tbody', '', ...rows.map((r) => el('tr', '', el('th', S.th, esc(r.label)), el('td', S.td, esc(r.value))))))
    : ''

export interface WechatImage {
  src: string
  alt: string
}

/** Inlines as HTML. A link keeps its text, and its address as plain text when not already shown. */
function inlineHtml(inlines: RichInline[]): string {
  return inlines
    .map((i) => {
      let s = esc(i.text).replace(/\n/g, '<br>')
      if (i.code) s = el('code', S.code, s)
      if (i.sub) s = `<sub>${s}</sub>`
      if (i.sup) s = `<sup>${s}</sup>`
      if (i.strike) s = `<s>${s}</s>`
      if (i.italic) s = `<em>${s}</em>`
      if (i.bold) s = `<strong>${s}</strong>`
      if (i.href && /^https?:/.test(i.href) && !i.text.includes(i.href)) s += `（${esc(i.href)}）`
      return s
    })
    .join('')
}

/**
 * Rich blocks as WeChat HTML; every <img> is also pushed to `images` so the adapter can upload it
 * (uploadimg takes JPG/PNG: kioskPortrait is the one uncropped JPEG rendition).
 */
export function richHtml(blocks: RichBlock[], ctx: RenderContext, images: WechatImage[]): string {
  return blocks
    .map((b) => {
      switch (b.type) {
        case 'paragraph':
          return el('p', S.p, inlineHtml(b.inlines))
        case 'heading':
          return el(b.level === 2 ? 'h2' : 'h3', b.level === 2 ? S.h2 : S.h3, inlineHtml(b.inlines))
        case 'quote':
          return el('blockquote', S.quote, inlineHtml(b.inlines))
        case 'list':
          return listHtml(b, 0)
        case 'rule':
          return `<hr style="${S.hr}">`
        case 'image': {
          const img = pickImage(b.media, ctx, ['kioskPortrait'])
          if (!img) return ''
          const alt = b.media.alt ?? ''
          images.push({ src: img.url, alt })
          const caption = b.media.caption ? el('p', S.note, esc(b.media.caption)) : ''
          return el('p', S.figure, `<img src="${esc(img.url)}" alt="${esc(alt)}" style="${S.img}">`) + caption
        }
      }
    })
    .join('')
}

function listHtml(b: Extract<RichBlock, { type: 'list' }>, depth: number): string {
  const indent = depth ? `;margin-left:${depth * 1.5}em` : ''
  return b.items
    .map((item, i) => {
      const mark = item.checked === undefined ? (b.ordered ? `${i + 1}. ` : '• ') : item.checked ? '☑ ' : '☐ '
      const nested = item.children.map((c) => (c.type === 'list' ? listHtml(c, depth + 1) : '')).join('')
      return el('p', S.item + indent, mark + inlineHtml(item.inlines)) + nested
    })
    .join('')
}
