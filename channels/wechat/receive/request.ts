import { verifySignature } from '../crypto'
import { CallbackError } from './respond'
import { readLimited } from '../../../src/http/readLimited'

/**
 * What every callback request must pass before its body is even parsed: WeChat's `signature`
 * over (token, timestamp, nonce) and a fresh timestamp; then a bounded body.
 */

/**
 * How far `timestamp` may be from our clock, either way. WeChat retries an unanswered message
 * twice within about 15 s, and both clocks may drift; five minutes is the window WeChat's own
 * samples and most SDKs use. Older copies of a signed URL (from an access log, say) are refused.
 */
export const REPLAY_WINDOW_SECONDS = 300

/** WeChat's messages are a few KB; the largest, PUBLISHJOBFINISH with 8 articles, well under 8 KB. */
export const MAX_BODY_BYTES = 64 * 1024

export interface SignedQuery {
  timestamp: string
  nonce: string
  /** `aes` in safe and compatible mode. */
  encryptType: string | null
  msgSignature: string | null
}

/** Checks `signature` and the timestamp window; throws CallbackError 403 naming the field at fault. */
export function checkSignedQuery(query: URLSearchParams, token: string, nowMs: number): SignedQuery {
  const timestamp = query.get('timestamp') ?? ''
  const nonce = query.get('nonce') ?? ''
  if (!/^\d{1,12}$/.test(timestamp) || !nonce || nonce.length > 128 || !verifySignature(token, timestamp, nonce, query.get('signature'))) {
    throw new CallbackError(403, '签名校验失败，请求不是来自微信', 'signature does not match: the request is not from WeChat', 'signature')
  }
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > REPLAY_WINDOW_SECONDS) {
    throw new CallbackError(403, `时间戳超出 ${REPLAY_WINDOW_SECONDS} 秒有效期`, `timestamp is more than ${REPLAY_WINDOW_SECONDS} s away from now`, 'timestamp')
  }
  return { timestamp, nonce, encryptType: query.get('encrypt_type'), msgSignature: query.get('msg_signature') }
}

const tooLarge = () => new CallbackError(413, `消息体超过 ${MAX_BODY_BYTES} 字节`, `body larger than ${MAX_BODY_BYTES} bytes`, 'body')

/** The body as UTF-8 text, refused (413) past `max` bytes without reading the rest. */
export async function readBody(request: Request, max = MAX_BODY_BYTES): Promise<string> {
  return Buffer.from(await readLimited(request, max, tooLarge)).toString('utf8')
}
