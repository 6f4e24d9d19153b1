import { readLimited } from '../../http/readLimited'
import { IntakeError } from './errors'

/** The request body, refused with a bilingual 413 IntakeError past `max` bytes. */
export function readBodyLimited(request: Request, max: number): Promise<Uint8Array> {
  return readLimited(
    request,
    max,
    () => new IntakeError('body', `内容过大（最多 ${Math.round(max / 1024)} KB）`, `The body is too large (at most ${Math.round(max / 1024)} KB)`, 413),
  )
}
