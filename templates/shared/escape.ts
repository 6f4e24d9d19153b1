/**
 * HTML escaping for every text and attribute value the renderers write. Quotes are escaped too, so
 * one function is safe in text and in double- or single-quoted attributes.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(value: unknown): string {
  if (value === null || value === undefined) return ''
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c])
}

/**
 * A URL fit for href/src: http(s), mailto and tel, or site-relative ("/…"); anything else
 * (javascript:, data:, protocol-relative "//host") gives null so the caller drops the link.
 */
export function safeUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const url = value.trim()
  if (!url) return null
  if (url.startsWith('/') && !url.startsWith('//')) return url
  try {
    const parsed = new URL(url)
    return ['http:', 'https:', 'mailto:', 'tel:'].includes(parsed.protocol) ? url : null
  } catch {
    return null
  }
}
