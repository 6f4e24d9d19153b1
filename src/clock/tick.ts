import type { Payload } from 'payload'

import { claim, finish, slotOf } from './lease'

export interface ClockJob {
  name: string
  /** node-cron expression. */
  schedule: string
  /** Slot length used for the once-only lease; equals the schedule's period. */
  periodMs: number
  run: (payload: Payload, now: Date) => Promise<string>
}

export type TickOutcome = { ran: false } | { ran: true; ok: boolean; summary: string }

/** Runs a job for the slot `now` falls in, unless another process already claimed that slot. */
export async function tick(payload: Payload, job: ClockJob, now = new Date()): Promise<TickOutcome> {
  const id = await claim(payload, job.name, slotOf(now, job.periodMs))
  if (id === null) return { ran: false }
  try {
    const summary = await job.run(payload, now)
    await finish(payload, id, 'done', summary)
    return { ran: true, ok: true, summary }
  } catch (err) {
    const summary = (err as Error).message
    payload.logger.error({ err, job: job.name }, `定时任务失败 / clock job failed: ${job.name}`)
    await finish(payload, id, 'failed', summary)
    return { ran: true, ok: false, summary }
  }
}
