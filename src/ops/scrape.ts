import type { Payload } from 'payload'

import { clockState } from './clock'
import { feedbackByStatus } from './feedback'
import { jobsQueueState } from './jobsQueue'
import { defaultRegistry, renderFamilies, type Family, type Registry } from './metrics'
import { deliveryDepth, failedAttempts, oldestDueAge, QUEUE_STATUSES } from './outbox'
import { processFamilies } from './process'
import { hubVersion } from './version'
import { httpMetrics } from './withMetrics'

const gauge = (name: string, help: string, samples: Family['samples']): Family => ({ name, help, type: 'gauge', samples })

/** Families read from the database at scrape time: the outbox, the clock, the jobs queue, feedback. */
export async function databaseFamilies(payload: Payload, now = new Date()): Promise<Family[]> {
  const [depth, failures, dueAge, clock, jobs, feedback] = await Promise.all([
    deliveryDepth(payload),
    failedAttempts(payload),
    oldestDueAge(payload, now),
    clockState(payload, now),
    jobsQueueState(payload, now),
    feedbackByStatus(payload),
  ])
  const queue = depth.filter((d) => (QUEUE_STATUSES as readonly string[]).includes(d.status))
  const dead = depth.filter((d) => d.status === 'dead')
  const families: Family[] = [
    gauge(
      'omnihub_outbox_queue_depth',
      'Deliveries the outbox worker still has to act on, by status (queued, sending, pending, failed) and channel kind.',
      queue.map((d) => ({ labels: { status: d.status, channel_kind: d.channelKind }, value: d.count })),
    ),
    gauge(
      'omnihub_deliveries_dead',
      'Deliveries that gave up (投递失败) and wait for a person to retry them, by channel kind.',
      dead.map((d) => ({ labels: { channel_kind: d.channelKind }, value: d.count })),
    ),
    gauge(
      'omnihub_delivery_failed_attempts',
      'Failed delivery attempts recorded on the delivery rows, by channel kind. Drops when a delivery is retried by hand, hence a gauge.',
      Object.entries(failures)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([kind, value]) => ({ labels: { channel_kind: kind }, value })),
    ),
    gauge('omnihub_outbox_oldest_due_seconds', 'Seconds since the oldest delivery that is due became due; 0 when none is waiting.', [{ value: dueAge }]),
    gauge(
      'omnihub_clock_last_tick_age_seconds',
      'Seconds since each clock job last ticked (its latest cron-runs lease row); absent when it never ticked.',
      clock.filter((c) => c.ageSeconds !== null).map((c) => ({ labels: { job: c.job }, value: c.ageSeconds! })),
    ),
    gauge('omnihub_clock_interval_seconds', 'How often each clock job is scheduled to tick.', clock.map((c) => ({ labels: { job: c.job }, value: c.intervalSeconds }))),
    gauge(
      'omnihub_clock_job_stale',
      '1 when a clock job last ticked more than three intervals ago, else 0.',
      clock.map((c) => ({ labels: { job: c.job }, value: c.state === 'stale' ? 1 : 0 })),
    ),
    gauge(
      'omnihub_clock_last_run_failed',
      '1 when the latest run of a clock job failed, else 0.',
      clock.filter((c) => c.lastStatus !== null).map((c) => ({ labels: { job: c.job }, value: c.lastStatus === 'failed' ? 1 : 0 })),
    ),
  ]
  if (jobs) {
    families.push(
      gauge(
        'omnihub_jobs_queue_depth',
        "Payload jobs queue (scheduled publish and withdrawal) by state: due, scheduled (later), processing, failed.",
        (['due', 'scheduled', 'processing', 'failed'] as const).map((state) => ({ labels: { state }, value: jobs[state] })),
      ),
      gauge('omnihub_jobs_oldest_due_seconds', 'Seconds the oldest due job in the Payload jobs queue has waited; 0 when none.', [{ value: jobs.oldestDueAgeSeconds }]),
    )
  }
  if (feedback) {
    families.push(
      gauge(
        'omnihub_feedback_items',
        '群众诉求 (feedback items) by status; new, triaged, assigned and reopened form the working queue.',
        feedback.map((f) => ({ labels: { status: f.status }, value: f.count })),
      ),
    )
  }
  return families
}

/** The whole scrape: in-process HTTP metrics, database-derived gauges and process metrics. */
export async function scrape(payload: Payload, registry: Registry = defaultRegistry(), now = new Date()): Promise<string> {
  httpMetrics(registry) // registered even before the first request, so the families always exist
  const fromDb = await databaseFamilies(payload, now)
  return renderFamilies([...registry.collect(), ...fromDb, ...processFamilies(hubVersion())])
}
