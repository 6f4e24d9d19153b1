import cron from 'node-cron'
import type { Payload } from 'payload'

import { clockJobs } from './jobs'
import { tick } from './tick'

/** Starts the node-cron clock in this process; safe to run in several processes at once. */
export function startClock(payload: Payload): () => void {
  const tasks = clockJobs.map((job) =>
    cron.schedule(job.schedule, () => void tick(payload, job), { name: job.name, noOverlap: true }),
  )
  payload.logger.info(`时钟已启动 / clock started: ${clockJobs.map((j) => j.name).join(', ')}`)
  return () => tasks.forEach((t) => t.stop())
}
