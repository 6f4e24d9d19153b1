/**
 * Okabe-Ito colours (distinguishable with the common colour-vision deficiencies), without the
 * yellow that vanishes on white.
 */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#332288', '#999999']

/** Tone colours used wherever sentiment (舆情倾向) is shown, so 负面 is the same red everywhere. */
export const SENTIMENT_COLORS = { negative: '#D55E00', neutral: '#999999', positive: '#009E73' } as const

const SAFE_COLOR = /^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20})$/

/** The i-th palette colour, or the caller's own when it is a plain hex or named colour. */
export function colorAt(i: number, override?: string): string {
  return override && SAFE_COLOR.test(override) ? override : PALETTE[i % PALETTE.length]
}
