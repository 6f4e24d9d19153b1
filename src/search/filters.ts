import { noticeIsCurrent } from './documents'
import type { SearchDoc, SearchFilters } from './types'

/** Whether the filters ask for nothing beyond the default kinds: then only notice dates matter. */
export function onlyDates(f: SearchFilters): boolean {
  return !f.department && !f.audience && !f.theme && !f.minOnlineDepth && !f.channel && (!f.kinds || f.kinds.length === 3)
}

/**
 * Whether a document passes the filters. Guide-only filters (audience, theme, online depth) leave
 * notices and departments alone; notices outside their validity window never pass.
 */
export function passes(doc: SearchDoc, f: SearchFilters, now: number): boolean {
  if (f.kinds && !f.kinds.includes(doc.kind)) return false
  if (f.department && doc.department?.code !== f.department && String(doc.department?.id) !== f.department) return false
  if (f.channel && doc.channels && !doc.channels.includes(f.channel)) return false
  if (doc.kind === 'notice') return noticeIsCurrent(doc, now)
  if (doc.kind !== 'guide') return true
  // A guide for both audiences suits either; asking for "both" means guides for both only.
  if (f.audience && doc.audience !== 'both' && doc.audience !== f.audience) return false
  if (f.theme && !doc.themes.includes(f.theme)) return false
  if (f.minOnlineDepth && (doc.onlineDepth ?? 0) < f.minOnlineDepth) return false
  return true
}
