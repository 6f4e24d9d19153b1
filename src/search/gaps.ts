import type { CollectionSlug, Payload } from 'payload'

import { GAPS_SLUG } from './loader'
import { cleanQuery } from './text'

/** Longest query text kept for editors; the start says what was looked for. */
const MAX_GAP_CHARS = 60

/** Public service numbers (12345 hotline, 12315 consumer, 12333 social security...) are no one's data. */
const PUBLIC_NUMBERS = new Set(['12345', '12315', '12333', '12329', '12366', '12348', '12338', '12339', '12356', '12358', '12369', '96110'])

/**
 * Removes personal data before a query is stored: e-mail addresses, ID card numbers, mobile and
 * landline numbers, and any other run of 4+ digits (case, account or plate numbers) except public
 * service numbers. Names cannot be told apart from words reliably, so the text is also cut short.
 */
export function maskPersonalData(raw: string): string {
  return raw
    .replace(/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[a-z]{2,}/giu, '[邮箱]')
    .replace(/(?<![0-9])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])\d{2}\d{3}[0-9xX](?![0-9])/g, '[证件号]')
    .replace(/(?<![0-9])(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?![0-9])/g, '[手机号]')
    .replace(/(?<![0-9])0\d{2,3}[- ]?\d{7,8}(?![0-9])/g, '[电话]')
    .replace(/[0-9０-９][0-9０-９\s-]{2,}[0-9０-９]/g, (m) => (m.replace(/\D/g, '').length >= 4 && !PUBLIC_NUMBERS.has(m) ? '[数字]' : m))
}

/** The text kept for a no-result query, or '' when nothing meaningful is left. */
export function gapText(rawQuery: string): string {
  const masked = maskPersonalData(String(rawQuery ?? '').slice(0, 400))
  // Keep the placeholders readable: clean each piece between them.
  const parts = masked.split(/(\[[^\]]+\])/).map((p) => {
    if (/^\[[^\]]+\]$/.test(p)) return p
    const cleaned = cleanQuery(p)
    return cleaned ? `${/^\s/.test(p) ? ' ' : ''}${cleaned}${/\s$/.test(p) ? ' ' : ''}` : p.trim() ? '' : p
  })
  return parts.join('').replace(/\s+/g, ' ').trim().slice(0, MAX_GAP_CHARS)
}

export type GapReason = 'no_result' | 'no_click'

/**
 * Counts a query that found nothing, or whose results nobody opened: one document per distinct
 * (masked) query with both counts and when it was first and last seen, so editors see what
 * citizens look for and do not find.
 */
export async function recordGap(payload: Payload, rawQuery: string, channel?: string, reason: GapReason = 'no_result'): Promise<void> {
  const query = gapText(rawQuery)
  if (!query || /^(\[[^\]]+\]\s*)+$/.test(query)) return
  const now = new Date().toISOString()
  const collection = GAPS_SLUG as CollectionSlug
  for (let attempt = 0; attempt < 2; attempt++) {
    const { docs } = await payload.find({ collection, where: { query: { equals: query } }, limit: 1, depth: 0, overrideAccess: true })
    const old = docs[0] as { id: number | string; count?: number; noClickCount?: number; channels?: string[] } | undefined
    const counter = reason === 'no_click' ? 'noClickCount' : 'count'
    try {
      if (old) {
        const channels = channel && !(old.channels ?? []).includes(channel) ? [...(old.channels ?? []), channel] : old.channels
        await payload.update({
          collection,
          id: old.id,
          data: { [counter]: (old[counter] ?? 0) + 1, lastSeenAt: now, channels } as never,
          overrideAccess: true,
          context: { searchGapRecord: true },
        })
      } else {
        await payload.create({
          collection,
          data: { query, count: 0, noClickCount: 0, [counter]: 1, firstSeenAt: now, lastSeenAt: now, status: 'open', channels: channel ? [channel] : [] } as never,
          overrideAccess: true,
          context: { searchGapRecord: true },
        })
      }
      return
    } catch (err) {
      // Two searches raced to create the same gap: the unique index refused one; count again.
      if (attempt === 1) throw err
    }
  }
}
