import type { ClockJob } from '../tick'
import { compactFeeds } from '../../publishing/feed/compact'
import { processDue } from '../../publishing/outbox/worker'
import { processNewFeedback } from '../../feedback/pipeline/process'
import { sweepDeadlines } from '../../feedback/sla/sweep'
import { weeklyReportJob } from '../../reporting/report/send'
import { expireNotices } from './expireNotices'
import { pruneCronRuns } from './pruneCronRuns'
import { runQueuedJobs } from './runQueuedJobs'

const MINUTE = 60_000

/** Every job the hub's clock runs. */
export const clockJobs: ClockJob[] = [
  { name: 'expire-notices', schedule: '* * * * *', periodMs: MINUTE, run: expireNotices },
  { name: 'run-queued-jobs', schedule: '* * * * *', periodMs: MINUTE, run: (payload) => runQueuedJobs(payload) },
  // The safety net behind the immediate kick after each publish: retries, polls, crash recovery.
  {
    name: 'deliver',
    schedule: '*/10 * * * * *',
    periodMs: 10_000,
    run: async (payload, now) => `投递 ${await processDue(payload, now)} 项 / processed deliveries`,
  },
  // Safety net behind the kick after each intake: crash recovery, kicks switched off.
  {
    name: 'triage',
    schedule: '*/10 * * * * *',
    periodMs: 10_000,
    run: async (payload, now) => `分析 ${await processNewFeedback(payload, now)} 条 / triaged`,
  },
  { name: 'feedback-sla', schedule: '*/5 * * * *', periodMs: 5 * MINUTE, run: sweepDeadlines },
  // Hourly; sends last week's report once Monday 08:00 Beijing time has passed (once across processes).
  { name: 'weekly-report', schedule: '7 * * * *', periodMs: 60 * MINUTE, run: weeklyReportJob },
  { name: 'compact-feeds', schedule: '17 3 * * *', periodMs: 24 * 60 * MINUTE, run: compactFeeds },
  { name: 'prune-cron-runs', schedule: '27 3 * * *', periodMs: 24 * 60 * MINUTE, run: pruneCronRuns },
]
