/**
 * A request body, refused as soon as it passes `max` bytes: Content-Length is checked first, and a
 * chunked body is counted while it streams, so nothing oversized is ever buffered. `tooLarge`
 * builds the caller's own 413 error (intake and the WeChat callback answer in their own shapes).
 */
export async function readLimited(request: Request, max: number, tooLarge: () => Error): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? NaN)
  if (Number.isFinite(declared) && declared > max) throw tooLarge()
  if (!request.body) return new Uint8Array()
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > max) {
      await reader.cancel().catch(() => undefined)
      throw tooLarge()
    }
    chunks.push(value)
  }
  const out = new Uint8Array(size)
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.byteLength
  }
  return out
}
