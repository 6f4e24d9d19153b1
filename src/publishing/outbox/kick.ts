import type { Payload } from 'payload'

interface KickState {
  timer?: NodeJS.Timeout
  running?: Promise<void>
  /** Kicked while a run was going: run again when it ends, for rows it may not have seen. */
  again: boolean
}

const states = new WeakMap<Payload, KickState>()

/**
 * Runs the outbox soon after a commit instead of waiting for the next clock tick, which keeps
 * publish-to-delivered in the sub-second range. One run at a time per process: kicks during a run
 * (a bulk republish saves one document after another) ask for one more run instead of starting
 * parallel ones that would race for the same rows. The clock still sweeps as a safety net, and
 * the worker's claims make runs in other processes harmless.
 */
export function kickOutbox(payload: Payload): void {
  if (process.env.OMNIHUB_OUTBOX_KICK === 'off') return
  let state = states.get(payload)
  if (!state) states.set(payload, (state = { again: false }))
  if (state.running) {
    state.again = true
    return
  }
  if (state.timer) return
  const s = state
  s.timer = setTimeout(() => {
    s.timer = undefined
    s.running = (async () => {
      const { processDue } = await import('./worker')
      do {
        s.again = false
        await processDue(payload)
      } while (s.again)
    })()
      .catch((err) => payload.logger.error({ err }, '投递队列运行失败 / outbox run failed'))
      .finally(() => {
        s.running = undefined
        // A kick that came after the last round looked: one more run.
        if (s.again) {
          s.again = false
          kickOutbox(payload)
        }
      })
  }, 15)
}

/** Resolves when kicked runs started before this call have finished (tests, shutdown). */
export async function settleOutbox(payload: Payload): Promise<void> {
  await new Promise((r) => setTimeout(r, 20))
  await states.get(payload)?.running
}
