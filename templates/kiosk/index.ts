/** Kiosk channel: large-print screens, a locally drawn QR code and text for reading aloud. */
import type { ChannelTemplates } from '../types'
import { kioskGuide } from './guide'
import { kioskNotice, type KioskNotice } from './notice'
import type { KioskDocument } from './screens'

export {
  KIOSK_LINE,
  KIOSK_LINES_PER_SCREEN,
  KIOSK_VERSION,
  type KioskDocument,
  type KioskItem,
  type KioskScreen,
  type KioskScreenKind,
} from './screens'
export { qrSvg, type KioskQr } from './qr'
export { forSpeech, SCAN_PROMPT } from './speech'
export type { KioskNotice }
export { kioskGuide, kioskNotice }

export const kiosk: ChannelTemplates<KioskDocument, KioskNotice> = { guide: kioskGuide, notice: kioskNotice }
