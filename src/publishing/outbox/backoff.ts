/** Retry policy of deliveries: exponential backoff with jitter, then dead. */
export const MAX_ATTEMPTS = Number(process.env.OMNIHUB_DELIVERY_MAX_ATTEMPTS ?? 6)
const BASE_MS = Number(process.env.OMNIHUB_DELIVERY_BACKOFF_MS ?? 30_000)
const CAP_MS = 60 * 60 * 1000

/** Wait before attempt number `attempts + 1` (attempts already made ≥ 1). */
export function backoffMs(attempts: number, random = Math.random): number {
  const exp = Math.min(CAP_MS, BASE_MS * 2 ** Math.max(0, attempts - 1))
  return Math.round(exp * (0.8 + 0.4 * random()))
}

/** A delivery stuck in `sending` this long was abandoned by a crashed process. */
export const STALE_SENDING_MS = 2 * 60 * 1000
