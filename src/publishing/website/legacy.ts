import type { WebsiteListing } from '../../../templates/website/listing'

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" }
const unescape = (s: string) => s.replace(/&(amp|lt|gt|quot|#39);/g, (m) => ENTITIES[m]).replace(/\s+/g, ' ').trim()

/** The text of `<dt>label</dt><dd>text</dd>` in a rendered page, as the website template writes it. */
function definition(html: string, labels: string[]): string {
  for (const label of labels) {
    const m = new RegExp(`<dt>${label}</dt><dd>([^<]*)</dd>`).exec(html)
    if (m) return unescape(m[1])
  }
  return ''
}

/**
 * Listing data for a page delivered before the website template carried `listing`: what its HTML
 * states (department name, item type). The department's code is resolved by name afterwards
 * (catalog.ts); themes were never on the page, so such guides join theme lists on their next
 * delivery (any republish).
 */
export function legacyListing(html: unknown, docType: 'guide' | 'notice'): WebsiteListing {
  const text = typeof html === 'string' ? html : ''
  const name = definition(text, docType === 'guide' ? ['责任部门'] : ['发布部门'])
  return {
    department: name ? { code: '', name, shortName: '' } : null,
    themes: [],
    itemType: docType === 'guide' ? definition(text, ['事项类型']) : '',
    updatedAt: null,
  }
}
