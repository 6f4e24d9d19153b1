/**
 * Text width without a font engine: CJK ideographs and full-width forms take one em in Noto Sans
 * CJK; Latin letters and digits about 0.6 em. Close enough to lay out labels and shorten long ones.
 */
export function charWidth(ch: string): number {
  const c = ch.codePointAt(0) ?? 0
  if (c === 0x20) return 0.3
  if ((c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c >= 0x20000) {
    return 1
  }
  if (c === 0x2026) return 1
  return 0.6
}

export function textWidth(value: string, fontSize: number): number {
  let w = 0
  for (const ch of value) w += charWidth(ch)
  return w * fontSize
}

/** Shortens to fit `maxWidth`, ending with "…"; never splits a surrogate pair. */
export function fitText(value: string, maxWidth: number, fontSize: number): string {
  if (textWidth(value, fontSize) <= maxWidth) return value
  const chars = [...value]
  let w = textWidth('…', fontSize)
  let out = ''
  for (const ch of chars) {
    const cw = charWidth(ch) * fontSize
    if (w + cw > maxWidth) break
    out += ch
    w += cw
  }
  return `${out}…`
}
