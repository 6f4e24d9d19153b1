/**
 * Per-client token buckets in this process: `capacity` submissions, refilled evenly over
 * `windowMs` (5 per 10 minutes: one more every 2 minutes). Several hub processes each keep their
 * own buckets, so the effective limit is per process; a proxy limit (nginx limit_req) is the
 * shared one. Idle buckets are dropped oldest first past `maxKeys`, so a flood of addresses cannot
 * grow memory without bound.
 */
export class RateLimiter {
  private buckets = new Map<string, { tokens: number; at: number }>()

  constructor(
    readonly capacity: number,
    readonly windowMs: number,
    private readonly maxKeys = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  private refilled(key: string): { tokens: number; at: number } {
    const t = this.now()
    const b = this.buckets.get(key)
    const tokens = b ? Math.min(this.capacity, b.tokens + ((t - b.at) * this.capacity) / this.windowMs) : this.capacity
    // Re-inserted so Map order is least recently used first.
    this.buckets.delete(key)
    const fresh = { tokens, at: t }
    this.buckets.set(key, fresh)
    while (this.buckets.size > this.maxKeys) this.buckets.delete(this.buckets.keys().next().value as string)
    return fresh
  }

  /** Takes one token, or says after how many seconds the next one is there. */
  take(key: string): { ok: true } | { ok: false; retryAfterSeconds: number } {
    const b = this.refilled(key)
    if (b.tokens >= 1) {
      b.tokens -= 1
      return { ok: true }
    }
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(((1 - b.tokens) * this.windowMs) / this.capacity / 1000)) }
  }

  /** Gives a token back: a refused form stored nothing and should not count against the citizen. */
  refund(key: string): void {
    const b = this.refilled(key)
    b.tokens = Math.min(this.capacity, b.tokens + 1)
  }
}

/**
 * The client's address as the reverse proxy in front of the hub reports it: X-Real-IP, else the
 * last X-Forwarded-For hop (the one our proxy appended; earlier hops are whatever the client
 * claimed). Without a proxy Next does not expose the peer address, and everyone shares 'unknown'.
 */
export function clientAddress(request: Request): string {
  const real = request.headers.get('x-real-ip')?.trim()
  if (real) return real
  const hops = (request.headers.get('x-forwarded-for') ?? '').split(',').map((h) => h.trim()).filter(Boolean)
  return hops.at(-1) ?? 'unknown'
}
