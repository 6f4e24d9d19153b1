import type { Payload, Where } from 'payload'

const JOBS = 'payload-jobs'

export interface JobsQueueState {
  /** Waiting jobs whose time has come (waitUntil passed or unset). */
  due: number
  /** Waiting jobs scheduled for later (定时发布/撤回 not yet due). */
  scheduled: number
  processing: number
  failed: number
  oldestDueAgeSeconds: number
}

const waiting: Where[] = [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }, { processing: { equals: false } }]

/**
 * Payload's jobs queue (scheduled publish and unpublish), read with the same conditions its runner
 * uses. Null when the config has no jobs collection.
 */
export async function jobsQueueState(payload: Payload, now: Date): Promise<JobsQueueState | null> {
  if (!payload.collections[JOBS as keyof typeof payload.collections]) return null
  const iso = now.toISOString()
  const dueWhere: Where = { and: [...waiting, { or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than: iso } }] }] }
  const count = (where: Where) => payload.count({ collection: JOBS as never, where, overrideAccess: true }).then((r) => r.totalDocs)
  const [due, scheduled, processing, failed, oldest] = await Promise.all([
    count(dueWhere),
    count({ and: [...waiting, { waitUntil: { greater_than_equal: iso } }] }),
    count({ and: [{ completedAt: { exists: false } }, { processing: { equals: true } }] }),
    count({ hasError: { equals: true } }),
    payload.find({
      collection: JOBS as never,
      where: dueWhere,
      sort: 'createdAt',
      limit: 1,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    }),
  ])
  const first = oldest.docs[0] as { waitUntil?: string | null; createdAt?: string } | undefined
  const since = first ? Date.parse(String(first.waitUntil ?? first.createdAt)) : NaN
  return { due, scheduled, processing, failed, oldestDueAgeSeconds: Number.isFinite(since) ? Math.max(0, (now.getTime() - since) / 1000) : 0 }
}
