import { lexicalToPlainText } from '../../text/lexicalText'

export interface TextField {
  path: string
  text: string
}

/** Keys never scanned for sensitive words: identifiers, links, numbers, bookkeeping. */
const SKIP = new Set([
  'id', 'code', 'slug', 'onlineUrl', 'url', 'consultPhone', 'complaintPhone', 'phones', 'createdAt',
  'updatedAt', '_status', 'workflow', 'department', 'relatedGuides', 'media', 'cover', 'channels',
])

/**
 * Every human-readable string of a document with its field path (Payload's error path format,
 * e.g. `materials.2.note`), rich text flattened to plain text.
 */
export function collectText(data: Record<string, unknown>, prefix = ''): TextField[] {
  const out: TextField[] = []
  for (const [key, value] of Object.entries(data)) {
    if (SKIP.has(key) || value === null || value === undefined) continue
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') {
      if (value.trim()) out.push({ path, text: value })
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => {
        if (typeof item === 'string') out.push({ path: `${path}.${i}`, text: item })
        else if (item && typeof item === 'object') out.push(...collectText(item as Record<string, unknown>, `${path}.${i}`))
      })
    } else if (typeof value === 'object') {
      if ('root' in (value as object)) {
        const text = lexicalToPlainText(value)
        if (text.trim()) out.push({ path, text })
      } else {
        out.push(...collectText(value as Record<string, unknown>, path))
      }
    }
  }
  return out
}
