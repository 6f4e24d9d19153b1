import sharp from 'sharp'

export interface CappedJpeg {
  data: Buffer
  width: number
  height: number
  quality: number
}

/** Below this quality JPEG blocks show; a smaller picture looks better than a blockier one. */
const MIN_QUALITY = 40
const MAX_QUALITY = 85
const MIN_WIDTH = 200

/**
 * Re-encodes `input` as a JPEG of `ratio` (width / height) strictly smaller than `maxBytes`:
 * the highest quality that fits (binary search between MIN and MAX quality), and only when even
 * MIN_QUALITY does not fit, smaller dimensions. Sharp's byte size is only known after encoding,
 * so this is the only way to guarantee a byte cap.
 */
export async function capJpeg(input: Buffer, opts: { width: number; ratio: number; maxBytes: number }): Promise<CappedJpeg> {
  let width = opts.width
  while (width >= MIN_WIDTH) {
    const height = Math.round(width / opts.ratio)
    // Decode and resize once per size; each quality attempt only re-encodes.
    const pixels = await sharp(input).resize(width, height, { fit: 'cover' }).raw().toBuffer({ resolveWithObject: true })
    const encode = (quality: number) => sharp(pixels.data, { raw: pixels.info }).jpeg({ quality, mozjpeg: true }).toBuffer()

    const floor = await encode(MIN_QUALITY)
    if (floor.length >= opts.maxBytes) {
      // Bytes scale roughly with area: shrink by the square root of the overshoot, with margin.
      width = Math.floor(width * Math.min(0.9, 0.95 * Math.sqrt(opts.maxBytes / floor.length)))
      continue
    }
    let best: CappedJpeg = { data: floor, width, height, quality: MIN_QUALITY }
    let lo = MIN_QUALITY + 1
    let hi = MAX_QUALITY
    while (lo <= hi) {
      const quality = Math.floor((lo + hi) / 2)
      const data = await encode(quality)
      if (data.length < opts.maxBytes) {
        best = { data, width, height, quality }
        lo = quality + 1
      } else {
        hi = quality - 1
      }
    }
    return best
  }
  throw new Error(`capJpeg: cannot fit ${opts.maxBytes} bytes even at ${MIN_WIDTH}px wide`)
}
