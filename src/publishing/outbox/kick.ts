import type { Payload } from 'payload'

const inflight = new WeakMap<Payload, Promise<unknown>>()
const scheduled = new WeakSet<Payload>()

/**
 * Runs the outbox soon after a commit instead of waiting for the next clock tick, which keeps
 * publish-to-delivered in the sub-second range. The clock still sweeps as a safety net, and the
 * worker's claims make concurrent runs harmless.
 */
export function kickOutbox(payload: Payload): void {
  if (process.env.OMNIHUB_OUTBOX_KICK === 'off' || scheduled.has(payload)) return
  scheduled.add(payload)
  setTimeout(() => {
    scheduled.delete(payload)
    const run = import('./worker')
      .then(({ processDue }) => processDue(payload))
      .catch((err) => payload.logger.error({ err }, '投递队列运行失败 / outbox run failed'))
    inflight.set(payload, run)
  }, 15)
}

/** Resolves when kicked runs started before this call have finished (tests, shutdown). */
export async function settleOutbox(payload: Payload): Promise<void> {
  await new Promise((r) => setTimeout(r, 20))
  await inflight.get(payload)
}
