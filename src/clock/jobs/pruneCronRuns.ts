import type { Payload } from 'payload'

const KEEP_MS = 7 * 24 * 60 * 60 * 1000

/** Lease rows only matter while a slot is current; a week of them is kept for diagnosis. */
export async function pruneCronRuns(payload: Payload, now: Date): Promise<string> {
  const cutoff = new Date(now.getTime() - KEEP_MS).toISOString()
  const { docs } = await payload.delete({
    collection: 'cron-runs',
    where: { createdAt: { less_than: cutoff } },
    overrideAccess: true,
    depth: 0,
  })
  return `清理定时任务记录 ${docs.length} 条 / pruned ${docs.length} lease rows`
}
