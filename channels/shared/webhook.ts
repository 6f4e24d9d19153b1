import { createHmac, timingSafeEqual } from 'node:crypto'

import { DeliveryError } from '../types'

export const SIGNATURE_HEADER = 'x-omnihub-signature'
export const TIMESTAMP_HEADER = 'x-omnihub-timestamp'

/** `sha256=<hex>` over `<timestamp>.<body>`: the timestamp is signed so a capture cannot be replayed later. */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`
}

/** For receivers (and tests): constant-time check plus a freshness window. */
export function verifyWebhook(secret: string, timestamp: string, body: string, signature: string, now = Date.now(), toleranceMs = 5 * 60_000): boolean {
  if (!timestamp || Math.abs(now - Number(timestamp) * 1000) > toleranceMs) return false
  const expected = Buffer.from(signWebhook(secret, timestamp, body))
  const given = Buffer.from(signature ?? '')
  return expected.length === given.length && timingSafeEqual(expected, given)
}

/** Posts a signed JSON event; any failure is retryable (the outbox backs off and tries again). */
export async function sendWebhook(url: string, secret: string, event: Record<string, unknown>): Promise<void> {
  const body = JSON.stringify(event)
  const timestamp = String(Math.floor(Date.now() / 1000))
  let res: Response
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signWebhook(secret, timestamp, body), [TIMESTAMP_HEADER]: timestamp },
      body,
      signal: AbortSignal.timeout(10_000),
    })
  } catch (err) {
    throw new DeliveryError(`Webhook 无法连接 / webhook unreachable: ${(err as Error).message}`, { retryable: true })
  }
  if (!res.ok) {
    throw new DeliveryError(`Webhook 返回 ${res.status} / webhook answered ${res.status}`, { retryable: res.status >= 500 || res.status === 429 })
  }
}
