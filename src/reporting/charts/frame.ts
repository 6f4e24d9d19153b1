import { el, escapeText, FONT_FAMILY, MUTED_COLOR, shortHash, text, TEXT_COLOR } from './svg'
import { fitText, textWidth } from './text'

export const PAD = 16
export const FONT_SIZE = 12
const TITLE_SIZE = 16
/** Where content starts below the title. */
export const TITLE_BOTTOM = 40

export interface ChartText {
  /** Shown on top and read out as the accessible name. */
  title: string
  /** Read out as the accessible description; a summary of the data when left out. */
  description?: string
  /** Makes the element ids unique when several charts share one HTML page; derived from the input by default. */
  id?: string
}

export function chartId(kind: string, options: unknown, given?: string): string {
  return given ? given.replace(/[^A-Za-z0-9_-]/g, '-') : `${kind}-${shortHash(JSON.stringify(options))}`
}

/**
 * The outer <svg>: role="img" named by <title> and described by <desc> (what a screen reader
 * announces), a white background so PNGs are not transparent, the visible title, then `body`.
 */
export function frame(o: { id: string; width: number; height: number; title: string; description: string }, body: string[]): string {
  const shownTitle = fitText(o.title, o.width - 2 * PAD, TITLE_SIZE)
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: o.width,
      height: o.height,
      viewBox: `0 0 ${Math.round(o.width)} ${Math.round(o.height)}`,
      // Chinese text: screen readers pick the voice and librsvg the simplified-Chinese glyphs.
      lang: 'zh-CN',
      'xml:lang': 'zh-CN',
      role: 'img',
      'aria-labelledby': `${o.id}-title ${o.id}-desc`,
      'font-family': FONT_FAMILY,
      'font-size': FONT_SIZE,
    },
    [
      el('title', { id: `${o.id}-title` }, escapeText(o.title)),
      el('desc', { id: `${o.id}-desc` }, escapeText(o.description)),
      el('rect', { width: o.width, height: o.height, fill: '#ffffff' }),
      text(PAD, 26, shownTitle, { 'font-size': TITLE_SIZE, 'font-weight': 'bold', fill: TEXT_COLOR, 'aria-hidden': 'true' }, o.title),
      el('g', { 'aria-hidden': 'true' }, body),
    ],
  )
}

/** Coloured keys in rows that wrap at `maxWidth`; returns the markup and the height it takes. */
export function legend(items: Array<{ label: string; color: string }>, x: number, y: number, maxWidth: number): { svg: string; height: number } {
  if (items.length < 2) return { svg: '', height: 0 }
  const parts: string[] = []
  let cx = x
  let cy = y
  const row = 18
  for (const item of items) {
    const label = fitText(item.label, Math.min(200, maxWidth - 16), FONT_SIZE)
    const w = 14 + textWidth(label, FONT_SIZE) + 16
    if (cx > x && cx + w > x + maxWidth) {
      cx = x
      cy += row
    }
    parts.push(el('rect', { x: cx, y: cy + 2, width: 10, height: 10, rx: 2, fill: item.color }))
    parts.push(text(cx + 14, cy + 11, label, { fill: TEXT_COLOR }, item.label))
    cx += w
  }
  return { svg: el('g', { class: 'legend' }, parts), height: cy - y + row + 6 }
}

/** The same frame with a centred "no data" note, for an empty period. */
export function emptyChart(o: { id: string; width: number; height: number; title: string }): string {
  return frame({ ...o, description: `${o.title}：暂无数据。` }, [
    text(o.width / 2, (o.height + TITLE_BOTTOM) / 2, '暂无数据', { 'text-anchor': 'middle', fill: MUTED_COLOR, 'font-size': 14 }),
  ])
}
