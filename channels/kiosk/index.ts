import { feedAdapter } from '../shared/feedAdapter'

/** Kiosks pull their feed offline-first (docs/channels.md); nothing is pushed to them. */
export const kioskAdapter = feedAdapter('kiosk', { webhook: false })
