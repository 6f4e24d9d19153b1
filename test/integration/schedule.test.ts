import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runQueuedJobs } from '../../src/clock/jobs/runQueuedJobs'
import { department, guideData, staff } from '../helpers/content'
import { startTestHub, type TestHub } from '../helpers/hub'

let hub: TestHub
let deptId: number | string
let editor: Awaited<ReturnType<typeof staff>>
let reviewer: Awaited<ReturnType<typeof staff>>

beforeAll(async () => {
  hub = await startTestHub()
  deptId = (await department(hub.payload, 'YBJ', '示范市医疗保障局')).id
  editor = await staff(hub.payload, 'e@ybj.test', 'editor', [deptId])
  reviewer = await staff(hub.payload, 'r@ybj.test', 'reviewer', [deptId])
})
afterAll(async () => hub?.close())

const step = (id: number | string, user: typeof editor, action: string) =>
  hub.payload.update({ collection: 'service-guides', id, data: {}, draft: true, user, overrideAccess: false, context: { workflow: { action } } } as never)

/** Queues a job the way the admin's schedule-publish drawer does. */
async function schedule(id: number | string, type: 'publish' | 'unpublish', by: typeof reviewer) {
  await hub.payload.jobs.queue({
    task: 'schedulePublish',
    input: { type, doc: { relationTo: 'service-guides', value: String(id) }, user: { relationTo: 'users', value: by.id } },
    waitUntil: new Date(Date.now() - 1000),
  } as never)
}

const read = async (id: number | string) => (await hub.payload.findByID({ collection: 'service-guides', id })) as Record<string, any>

describe('scheduled publish and unpublish (Payload jobs queue on the clock)', () => {
  it('publishes an approved edition when its time comes, and withdraws it on schedule', async () => {
    const doc = await hub.payload.create({ collection: 'service-guides', draft: true, data: guideData(deptId, { code: '11370100MB0000104-GG-001', itemType: 'public_service' }) as never })
    await step(doc.id, editor, 'submit')
    await step(doc.id, reviewer, 'approve')
    await schedule(doc.id, 'publish', reviewer)
    await runQueuedJobs(hub.payload)
    expect((await read(doc.id))._status).toBe('published')
    expect((await read(doc.id)).workflow.state).toBe('published')

    await schedule(doc.id, 'unpublish', reviewer)
    await runQueuedJobs(hub.payload)
    const after = await read(doc.id)
    expect(after._status).toBe('draft')
    expect(after.workflow.state).toBe('withdrawn')
  })

  it('never publishes an unapproved edition, even on schedule', async () => {
    const doc = await hub.payload.create({ collection: 'service-guides', draft: true, data: guideData(deptId, { code: '11370100MB0000104-GG-002', itemType: 'public_service' }) as never })
    await step(doc.id, editor, 'submit')
    await schedule(doc.id, 'publish', reviewer)
    await runQueuedJobs(hub.payload)
    expect((await read(doc.id))._status).toBe('draft')
  })
})
