/**
 * What the website's lists (departments, themes, notices) need to know about a page, carried in
 * the rendering itself so the site lists from the delivered feed without parsing HTML or reading
 * the (possibly newer, unpublished) document. Pure, like every renderer.
 */
import { isoOrNull } from '../shared/dates'
import { department, itemTypeLabel } from '../shared/doc'
import { clean } from '../shared/text'
import type { GuideInput, NoticeInput } from '../types'

export interface WebsiteListing {
  /** The responsible department as rendered; null when the document had none populated. */
  department: { code: string; name: string; shortName: string } | null
  /** 主题（人生事件）, trimmed and without repeats; always [] for notices. */
  themes: string[]
  /** 事项类型 label (guides), '' for notices. */
  itemType: string
  /** The edition's time (ISO), null when unknown. */
  updatedAt: string | null
}

export function listingOf(doc: GuideInput | NoticeInput): WebsiteListing {
  const dept = department(doc)
  const code = clean(dept?.code)
  const name = clean(dept?.name)
  const themes = 'code' in doc ? [...new Set((doc.themes ?? []).map(clean).filter(Boolean))] : []
  return {
    department: code || name ? { code, name, shortName: clean(dept?.shortName) } : null,
    themes,
    itemType: 'code' in doc ? itemTypeLabel(doc.itemType) : '',
    updatedAt: isoOrNull(doc.updatedAt),
  }
}
