/**
 * QR codes drawn locally as SVG (no network, no canvas). QRCode.create is synchronous, so the
 * kiosk renderer stays synchronous like the others; each dark run of a row becomes one subpath.
 */
import QRCode from 'qrcode'

export interface KioskQr {
  /** What the code opens. */
  url: string
  svg: string
  /** Modules per side, quiet zone excluded (21 for version 1, +4 per version). */
  modules: number
}

/** Quiet zone of 4 modules, as ISO/IEC 18004 asks for reliable scanning. */
const MARGIN = 4

/** Error correction M (15%): survives screen glare and fingerprints without growing the code much. */
export function qrSvg(url: string, label: string): KioskQr {
  const qr = QRCode.create(url, { errorCorrectionLevel: 'M' })
  const n = qr.modules.size
  let d = ''
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n;) {
      if (!qr.modules.get(y, x)) {
        x++
        continue
      }
      const start = x
      while (x < n && qr.modules.get(y, x)) x++
      d += `M${start + MARGIN} ${y + MARGIN}h${x - start}v1h-${x - start}z`
    }
  }
  const side = n + 2 * MARGIN
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" role="img" aria-label="${esc(label)}" shape-rendering="crispEdges">` +
    `<title>${esc(label)}</title><rect width="${side}" height="${side}" fill="#fff"/><path fill="#000" d="${d}"/></svg>`
  return { url, svg, modules: n }
}
