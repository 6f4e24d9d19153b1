import type { Payload } from 'payload'

/** Runs Payload's jobs queue: scheduled publish and unpublish (定时发布/撤回) live there. */
export async function runQueuedJobs(payload: Payload): Promise<string> {
  const result = (await payload.jobs.run({ limit: 50 })) as { jobStatus?: Record<string, unknown> } | undefined
  const count = result?.jobStatus ? Object.keys(result.jobStatus).length : 0
  return `运行队列任务 ${count} 个 / ran ${count} queued jobs`
}
