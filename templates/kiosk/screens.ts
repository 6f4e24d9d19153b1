/**
 * The kiosk's content model: screens of short large-print lines, a materials checklist, a QR code
 * and one text for reading aloud. Kiosks render it with their own large type; no HTML inside.
 */
import { wrapLines } from '../shared/text'
import type { DocType } from '../types'
import type { KioskQr } from './qr'

export const KIOSK_VERSION = 1
/** Code points per line: about what a 1080-px portrait screen shows at elder-friendly type sizes. */
export const KIOSK_LINE = 18
/** Lines per text screen before the next page starts. */
export const KIOSK_LINES_PER_SCREEN = 8

export type KioskScreenKind = 'overview' | 'conditions' | 'materials' | 'steps' | 'places' | 'faq' | 'text' | 'qr'

export interface KioskItem {
  /** Material name, step name, place name or question. */
  label: string
  lines: string[]
}

export interface KioskScreen {
  kind: KioskScreenKind
  heading: string
  lines: string[]
  items: KioskItem[]
  /** Items are a checklist the citizen ticks off (materials). */
  checklist?: true
  facts?: { label: string; value: string }[]
  qr?: KioskQr
}

export interface KioskDocument {
  version: typeof KIOSK_VERSION
  docType: DocType
  key: string
  title: string
  urgent: boolean
  screens: KioskScreen[]
  /** Plain text for text-to-speech. */
  speech: string
}

export const lines = (text: string) => wrapLines(text, KIOSK_LINE)

export const screen = (kind: KioskScreenKind, heading: string, extra: Partial<KioskScreen> = {}): KioskScreen => ({
  kind,
  heading,
  lines: [],
  items: [],
  ...extra,
})

/** Long text split over several 'text' screens, headed "标题（1/3）" when there is more than one. */
export function paged(heading: string, all: string[]): KioskScreen[] {
  const pages: string[][] = []
  for (let i = 0; i < all.length; i += KIOSK_LINES_PER_SCREEN) pages.push(all.slice(i, i + KIOSK_LINES_PER_SCREEN))
  return pages.map((page, i) => screen('text', pages.length > 1 ? `${heading}（${i + 1}/${pages.length}）` : heading, { lines: page }))
}
