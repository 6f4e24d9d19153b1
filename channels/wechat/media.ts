import fs from 'node:fs/promises'
import path from 'node:path'

/**
 * Bytes of an image the hub rendered into an article: files served by the hub's own media
 * collection are read from disk (no HTTP round trip to ourselves), anything else is fetched.
 */
export async function loadImage(url: string): Promise<{ data: Uint8Array; filename: string; mime: string }> {
  const own = /\/(?:api\/media\/file|media)\/([^/?#]+)$/.exec(url.split('?')[0])
  let data: Uint8Array
  if (own) {
    const dir = process.env.MEDIA_DIR || 'media'
    data = await fs.readFile(path.resolve(dir, decodeURIComponent(own[1])))
  } else {
    const res = await fetch(url, { signal: AbortSignal.timeout(15_000) })
    if (!res.ok) throw new Error(`图片下载失败 ${res.status} / image fetch failed: ${url}`)
    data = new Uint8Array(await res.arrayBuffer())
  }
  const filename = decodeURIComponent(url.split('?')[0].split('/').pop() || 'image.jpg')
  const mime = /\.png$/i.test(filename) ? 'image/png' : 'image/jpeg'
  return { data, filename, mime }
}
