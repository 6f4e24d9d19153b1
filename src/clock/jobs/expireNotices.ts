import type { Payload } from 'payload'

import type { WorkflowContext } from '../../publishing/workflow/hook'

/** Withdraws every published notice whose validTo has passed (到期自动撤回). */
export async function expireNotices(payload: Payload, now: Date): Promise<string> {
  const { docs } = await payload.find({
    collection: 'notices',
    where: { and: [{ _status: { equals: 'published' } }, { validTo: { less_than_equal: now.toISOString() } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const failures: string[] = []
  for (const doc of docs) {
    try {
      await payload.update({
        collection: 'notices',
        id: doc.id,
        data: { _status: 'draft' },
        draft: false,
        overrideAccess: true,
        depth: 0,
        context: { workflow: { action: 'expire', reason: `有效期至 ${doc.validTo}` } satisfies WorkflowContext },
      })
    } catch (err) {
      failures.push(`${doc.slug}: ${(err as Error).message}`)
    }
  }
  if (failures.length) throw new Error(`撤回失败 / failed to withdraw: ${failures.join('; ')}`)
  return `到期撤回 ${docs.length} 条通知公告 / withdrew ${docs.length} expired notices`
}
