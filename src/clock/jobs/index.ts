import type { ClockJob } from '../tick'
import { expireNotices } from './expireNotices'
import { runQueuedJobs } from './runQueuedJobs'

const MINUTE = 60_000

/** Every job the hub's clock runs. */
export const clockJobs: ClockJob[] = [
  { name: 'expire-notices', schedule: '* * * * *', periodMs: MINUTE, run: expireNotices },
  { name: 'run-queued-jobs', schedule: '* * * * *', periodMs: MINUTE, run: (payload) => runQueuedJobs(payload) },
]
