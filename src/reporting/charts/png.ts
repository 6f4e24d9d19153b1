import sharp from 'sharp'

const MAX_WIDTH = 4096

/** The width an SVG declares on its root element (the charts here always declare one). */
export function svgWidth(svg: string): number | null {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? ''
  const m = /\swidth="([\d.]+)"/.exec(root)
  return m ? Number(m[1]) : null
}

/**
 * Renders a chart to PNG with sharp (librsvg), for email and Word/PDF reports. With `width` the
 * SVG is rasterised at the matching density, so text and lines stay sharp instead of being
 * scaled up from a small bitmap. Chinese needs a CJK font on the machine (Debian: fonts-noto-cjk).
 */
export async function svgToPng(svg: string, width?: number): Promise<Buffer> {
  if (width !== undefined && !(width > 0 && width <= MAX_WIDTH)) throw new RangeError(`PNG 宽度应在 1–${MAX_WIDTH} 之间 / width must be 1-${MAX_WIDTH}`)
  const own = svgWidth(svg)
  let image = sharp(Buffer.from(svg, 'utf8'), width && own ? { density: Math.max(1, Math.min(2400, (72 * width) / own)) } : {})
  if (width) image = image.resize({ width: Math.round(width) })
  return image.png({ compressionLevel: 9 }).toBuffer()
}
