import type { Payload } from 'payload'

import { clockState, type ClockJobState } from './clock'
import { jobsQueueState, type JobsQueueState } from './jobsQueue'
import { countDeliveries, oldestDueAge } from './outbox'
import { hubVersion } from './version'

type CheckStatus = 'ok' | 'degraded' | 'error'

export interface HealthReport {
  status: 'ok' | 'degraded'
  version: string
  uptimeSeconds: number
  time: string
  checks: {
    database: { status: CheckStatus; latencyMs?: number; error?: string }
    outbox?: { status: CheckStatus; queued?: number; sending?: number; oldestDueAgeSeconds?: number; limitSeconds: number; error?: string }
    jobs?: { status: CheckStatus; enabled?: boolean; limitSeconds: number; error?: string } & Partial<JobsQueueState>
    clock?: { status: CheckStatus; jobs?: ClockJobState[]; error?: string }
  }
}

/**
 * `instance` checks only what makes this process unable to serve (the database): what a load
 * balancer should act on. `full` adds the shared queues and the clock, which are the same for
 * every process and would take them all out of rotation at once.
 */
export type HealthScope = 'full' | 'instance'

const CHECK_TIMEOUT_MS = 3000

/** A due delivery or job older than this means the workers are not keeping up. */
export function queueAgeLimitSeconds(): number {
  const v = Number(process.env.OMNIHUB_HEALTH_QUEUE_AGE_LIMIT)
  return Number.isFinite(v) && v > 0 ? v : 900
}

function withTimeout<T>(work: Promise<T>, ms = CHECK_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms)
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}

/** Runs one check; its details go to the log, never into the public answer. */
async function guarded<T extends { status: CheckStatus }>(
  payload: Payload,
  name: string,
  run: () => Promise<T>,
  extra: Record<string, unknown> = {},
): Promise<T | ({ status: 'error'; error: string } & Record<string, unknown>)> {
  try {
    return await withTimeout(run())
  } catch (err) {
    payload.logger.error({ err, check: name }, `健康检查失败 / health check failed: ${name}`)
    return { status: 'error', error: `检查失败 / check failed: ${name}`, ...extra }
  }
}

const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits

async function database(payload: Payload): Promise<HealthReport['checks']['database']> {
  const started = performance.now()
  await payload.count({ collection: 'cron-runs', where: { key: { equals: '__health__' } }, overrideAccess: true })
  return { status: 'ok', latencyMs: round(performance.now() - started) }
}

export async function healthReport(payload: Payload, scope: HealthScope = 'full', now = new Date()): Promise<HealthReport> {
  const limitSeconds = queueAgeLimitSeconds()
  const checks: HealthReport['checks'] = { database: await guarded(payload, 'database', () => database(payload)) }
  if (scope === 'full') {
    const [outbox, jobs, clock] = await Promise.all([
      guarded(
        payload,
        'outbox',
        async () => {
          const [queued, sending, age] = await Promise.all([
            countDeliveries(payload, { status: { equals: 'queued' } }),
            countDeliveries(payload, { status: { equals: 'sending' } }),
            oldestDueAge(payload, now),
          ])
          return { status: (age > limitSeconds ? 'degraded' : 'ok') as CheckStatus, queued, sending, oldestDueAgeSeconds: round(age), limitSeconds }
        },
        { limitSeconds },
      ),
      guarded(
        payload,
        'jobs',
        async () => {
          const state = await jobsQueueState(payload, now)
          if (!state) return { status: 'ok' as CheckStatus, enabled: false, limitSeconds }
          const status: CheckStatus = state.oldestDueAgeSeconds > limitSeconds ? 'degraded' : 'ok'
          return { status, enabled: true, ...state, oldestDueAgeSeconds: round(state.oldestDueAgeSeconds), limitSeconds }
        },
        { limitSeconds },
      ),
      guarded(payload, 'clock', async () => {
        const jobs = (await clockState(payload, now)).map((j) => ({ ...j, ageSeconds: j.ageSeconds === null ? null : round(j.ageSeconds) }))
        return { status: (jobs.some((j) => j.state === 'stale') ? 'degraded' : 'ok') as CheckStatus, jobs }
      }),
    ])
    Object.assign(checks, { outbox, jobs, clock })
  }
  const healthy = Object.values(checks).every((c) => !c || c.status === 'ok')
  return {
    status: healthy ? 'ok' : 'degraded',
    version: hubVersion(),
    uptimeSeconds: round(process.uptime(), 1),
    time: now.toISOString(),
    checks,
  }
}

const inflight = new WeakMap<Payload, Map<HealthScope, Promise<HealthReport>>>()

/**
 * Concurrent probes share one run: a burst of load-balancer checks costs one set of queries, and
 * no answer is older than the request that asked for it.
 */
export function sharedHealthReport(payload: Payload, scope: HealthScope): Promise<HealthReport> {
  let byScope = inflight.get(payload)
  if (!byScope) inflight.set(payload, (byScope = new Map()))
  const running = byScope.get(scope)
  if (running) return running
  const run = healthReport(payload, scope).finally(() => byScope.delete(scope))
  byScope.set(scope, run)
  return run
}
