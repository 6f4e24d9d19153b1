import type { Payload } from 'payload'

import { clockJobs } from '../clock/jobs'
import { slotOf } from '../clock/lease'

/** A clock job is stale when its last tick is older than this many of its periods. */
export const STALE_PERIODS = 3

export interface ClockJobState {
  job: string
  intervalSeconds: number
  /** When the latest lease row for the job was written (the tick's real time), if any. */
  lastTickAt: string | null
  ageSeconds: number | null
  /** The latest row's own status: running, done or failed. */
  lastStatus: string | null
  /**
   * ok; stale (last tick older than STALE_PERIODS periods); never: no row at all, which is normal
   * on a fresh install or where the clock runs in no process yet, so it does not degrade health.
   */
  state: 'ok' | 'stale' | 'never'
}

interface LeaseRow {
  key: string
  job: string
  status?: string
  createdAt: string
}

type Job = { name: string; periodMs: number }

/**
 * The latest lease row of every clock job. The lease keys of the last few slots are known
 * (`job@slot`), so the usual case is one lookup on the unique key; only a job with no recent row
 * falls back to a sorted query.
 */
export async function clockState(payload: Payload, now: Date, jobs: Job[] = clockJobs): Promise<ClockJobState[]> {
  const keys = jobs.flatMap((job) =>
    Array.from({ length: STALE_PERIODS + 1 }, (_, i) => `${job.name}@${slotOf(new Date(now.getTime() - i * job.periodMs), job.periodMs).toISOString()}`),
  )
  const recent = await payload.find({
    collection: 'cron-runs',
    where: { key: { in: keys } },
    select: { key: true, job: true, status: true, createdAt: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const latest = new Map<string, LeaseRow>()
  for (const row of recent.docs as unknown as LeaseRow[]) {
    const seen = latest.get(row.job)
    if (!seen || seen.createdAt < row.createdAt) latest.set(row.job, row)
  }
  await Promise.all(
    jobs
      .filter((job) => !latest.has(job.name))
      .map(async (job) => {
        const { docs } = await payload.find({
          collection: 'cron-runs',
          where: { job: { equals: job.name } },
          sort: '-createdAt',
          limit: 1,
          pagination: false,
          select: { key: true, job: true, status: true, createdAt: true },
          depth: 0,
          overrideAccess: true,
        })
        if (docs[0]) latest.set(job.name, docs[0] as unknown as LeaseRow)
      }),
  )
  return jobs.map((job) => {
    const row = latest.get(job.name)
    const intervalSeconds = job.periodMs / 1000
    const limit = STALE_PERIODS * intervalSeconds
    if (!row) return { job: job.name, intervalSeconds, lastTickAt: null, ageSeconds: null, lastStatus: null, state: 'never' }
    const ageSeconds = Math.max(0, (now.getTime() - Date.parse(row.createdAt)) / 1000)
    return {
      job: job.name,
      intervalSeconds,
      lastTickAt: new Date(row.createdAt).toISOString(),
      ageSeconds,
      lastStatus: row.status ?? null,
      state: ageSeconds > limit ? 'stale' : 'ok',
    }
  })
}
