/**
 * SVG building blocks shared by the charts: escaping, number formatting and the font stack.
 * Everything here is deterministic: the same input gives the same bytes.
 */

/**
 * Chinese first: librsvg (through sharp) picks the first installed family, and Noto Sans CJK SC is
 * what Debian's fonts-noto-cjk provides; browsers fall through to their platform's CJK font.
 */
export const FONT_FAMILY =
  "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif"

export const TEXT_COLOR = '#1f2937'
export const MUTED_COLOR = '#4b5563'
export const GRID_COLOR = '#e5e7eb'
export const AXIS_COLOR = '#9ca3af'

// Characters XML 1.0 forbids even when escaped (C0 controls other than tab, LF, CR; lone surrogates).
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Text content: labels come from users (department names, topics), so escape and strip. */
export function escapeText(value: string): string {
  return value.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** Attribute values, always written in double quotes. */
export function escapeAttr(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;')
}

/** Coordinates with at most two decimals and no "-0", so output is stable across platforms. */
export function num(n: number): string {
  const r = Math.round(n * 100) / 100
  return String(Object.is(r, -0) ? 0 : r)
}

type AttrValue = string | number | undefined | null | false

/** `<name a="…" …>children</name>`, or self-closing without children; undefined attrs are left out. */
export function el(name: string, attrs: Record<string, AttrValue>, children?: string | string[]): string {
  const a = Object.entries(attrs)
    .filter(([, v]) => v !== undefined && v !== null && v !== false)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? num(v) : escapeAttr(v as string)}"`)
    .join('')
  const body = Array.isArray(children) ? children.join('') : children
  return body === undefined || body === '' ? `<${name}${a}/>` : `<${name}${a}>${body}</${name}>`
}

/** A text element; `full` (when the shown text was shortened) becomes its tooltip. */
export function text(x: number, y: number, content: string, attrs: Record<string, AttrValue> = {}, full?: string): string {
  const tooltip = full && full !== content ? el('title', {}, escapeText(full)) : ''
  return el('text', { x, y, ...attrs }, tooltip + escapeText(content))
}

/** 1234567 → "1,234,567"; non-integers keep one decimal. */
export function formatNumber(value: number, unit = ''): string {
  const fixed = Number.isInteger(value) ? String(value) : value.toFixed(1)
  const [int, frac] = fixed.split('.')
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${grouped}${frac ? `.${frac}` : ''}${unit}`
}

/** FNV-1a, for ids that are unique per chart yet identical for identical input. */
export function shortHash(input: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < input.length; i++) {
    h ^= input.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0).toString(36)
}
