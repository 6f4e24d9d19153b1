import type { Payload } from 'payload'

const inflight = new WeakMap<Payload, Promise<unknown>>()
const scheduled = new WeakSet<Payload>()

/**
 * Triage runs right after intake commits, batched: a burst of a thousand items becomes a few
 * batches, not a thousand runs. The clock's `triage` job sweeps as a safety net (after a crash
 * or with kicks off), and the batch lease makes concurrent runs harmless.
 */
export function kickTriage(payload: Payload, delayMs = 25): void {
  if (process.env.OMNIHUB_TRIAGE_KICK === 'off' || scheduled.has(payload)) return
  scheduled.add(payload)
  setTimeout(() => {
    scheduled.delete(payload)
    const previous = inflight.get(payload) ?? Promise.resolve()
    const run = previous
      .then(() => import('./process'))
      .then(({ processNewFeedback }) => processNewFeedback(payload))
      .catch((err) => payload.logger.error({ err }, '诉求分析失败 / triage run failed'))
    inflight.set(payload, run)
  }, delayMs)
}

/** Resolves when triage runs started before this call have finished (tests, shutdown). */
export async function settleTriage(payload: Payload): Promise<void> {
  await new Promise((r) => setTimeout(r, 40))
  await inflight.get(payload)
}
