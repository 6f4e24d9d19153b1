import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { guideData, department, staff } from '../helpers/content'
import { startTestHub, type TestHub } from '../helpers/hub'

let hub: TestHub
let deptA: { id: number | string }
let editor: Awaited<ReturnType<typeof staff>>
let reviewer1: Awaited<ReturnType<typeof staff>>
let reviewer2: Awaited<ReturnType<typeof staff>>
let seq = 0

beforeAll(async () => {
  hub = await startTestHub()
  deptA = await department(hub.payload, 'SCJGJ', '示范市市场监督管理局')
  editor = await staff(hub.payload, 'editor@a.test', 'editor', [deptA.id])
  reviewer1 = await staff(hub.payload, 'r1@a.test', 'reviewer', [deptA.id])
  reviewer2 = await staff(hub.payload, 'r2@a.test', 'reviewer', [deptA.id])
})
afterAll(async () => hub?.close())

type User = typeof editor
const act = (id: number | string, user: User, action: string, reason?: string, live = false) =>
  hub.payload.update({
    collection: 'service-guides',
    id,
    data: live ? { _status: action === 'publish' ? 'published' : 'draft' } : {},
    draft: !live,
    user,
    overrideAccess: false,
    context: { workflow: { action, reason } },
  } as never) as Promise<Record<string, any>>

async function newDraft(overrides: Record<string, unknown> = {}) {
  seq += 1
  const code = `11370100MB0000999-XK-${String(seq).padStart(3, '0')}`
  return (await hub.payload.create({
    collection: 'service-guides',
    data: guideData(deptA.id, { code, ...overrides }) as never,
    draft: true,
    user: editor,
    overrideAccess: false,
  })) as Record<string, any>
}

async function setLevels(levels: number) {
  await hub.payload.updateGlobal({ slug: 'hub-settings', data: { review: { levels } } })
}

describe('editorial workflow (先审后发)', () => {
  it('walks draft -> submitted -> approved -> published and records who and when', async () => {
    await setLevels(1)
    const doc = await newDraft()
    expect(doc.workflow.state).toBe('draft')
    expect((await act(doc.id, editor, 'submit')).workflow.state).toBe('submitted')
    expect((await act(doc.id, reviewer1, 'approve')).workflow.state).toBe('approved')
    const live = await act(doc.id, reviewer1, 'publish', undefined, true)
    expect(live._status).toBe('published')
    expect(live.workflow.state).toBe('published')
    const history = live.workflow.history as Array<Record<string, unknown>>
    expect(history.map((h) => h.action)).toEqual(['create', 'submit', 'approve', 'publish'])
    expect(history[1].byName).toBe('editor')
    expect(history[2].by).toBe(String(reviewer1.id))
    expect(history.every((h) => typeof h.at === 'string' && !Number.isNaN(Date.parse(h.at as string)))).toBe(true)
    const pub = await hub.payload.find({ collection: 'service-guides', where: { id: { equals: doc.id } }, overrideAccess: false })
    expect(pub.totalDocs).toBe(1)
  })

  it('refuses to publish without approval, with a clear bilingual error', async () => {
    const doc = await newDraft()
    await expect(act(doc.id, reviewer1, 'publish', undefined, true)).rejects.toMatchObject({
      status: 409,
      message: expect.stringMatching(/未经审核通过不得发布.*Cannot publish before approval/),
    })
    // Payload's own publish (a save with _status published) is refused the same way.
    await expect(
      hub.payload.update({ collection: 'service-guides', id: doc.id, data: { _status: 'published' } as never, user: reviewer1, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 409 })
    // Creating straight into published is refused too.
    await expect(
      hub.payload.create({ collection: 'service-guides', data: guideData(deptA.id, { code: '11370100MB0000998-XK-001', _status: 'published' }) as never }),
    ).rejects.toMatchObject({ status: 409 })
  })

  it('only reviewers approve; editors cannot approve or publish; nobody approves their own submission', async () => {
    const doc = await newDraft()
    await act(doc.id, editor, 'submit')
    await expect(act(doc.id, editor, 'approve')).rejects.toMatchObject({ status: 403 })
    const self = await newDraft()
    await act(self.id, reviewer1, 'submit').catch(() => null) // reviewers may not submit
    const state = (await hub.payload.findByID({ collection: 'service-guides', id: self.id, draft: true })) as Record<string, any>
    expect(state.workflow.state).toBe('draft')
  })

  it('needs as many distinct reviewers as review levels (二审)', async () => {
    await setLevels(2)
    const doc = await newDraft()
    await act(doc.id, editor, 'submit')
    const first = await act(doc.id, reviewer1, 'approve')
    expect(first.workflow).toMatchObject({ state: 'submitted', level: 1, requiredLevels: 2 })
    await expect(act(doc.id, reviewer1, 'approve')).rejects.toMatchObject({ status: 403 })
    const second = await act(doc.id, reviewer2, 'approve')
    expect(second.workflow).toMatchObject({ state: 'approved', level: 2 })
    await setLevels(1)
  })

  it('rejection needs a reason and sends the edition back to draft', async () => {
    const doc = await newDraft()
    await act(doc.id, editor, 'submit')
    await expect(act(doc.id, reviewer1, 'reject')).rejects.toMatchObject({ status: 400 })
    const back = await act(doc.id, reviewer1, 'reject', '材料清单缺少营业执照')
    expect(back.workflow).toMatchObject({ state: 'draft', rejectionReason: '材料清单缺少营业执照' })
    // a rejected edition can be resubmitted
    expect((await act(doc.id, editor, 'submit')).workflow.state).toBe('submitted')
  })

  it('an edit after approval sends the edition back for review; a save without changes does not', async () => {
    const doc = await newDraft()
    await act(doc.id, editor, 'submit')
    await act(doc.id, reviewer1, 'approve')
    const same = (await hub.payload.update({ collection: 'service-guides', id: doc.id, data: { title: doc.title } as never, draft: true, user: editor, overrideAccess: false })) as Record<string, any>
    expect(same.workflow.state).toBe('approved')
    const edited = (await hub.payload.update({ collection: 'service-guides', id: doc.id, data: { title: '食品经营许可证核发（修订）' } as never, draft: true, user: editor, overrideAccess: false })) as Record<string, any>
    expect(edited.workflow.state).toBe('draft')
    await expect(act(doc.id, reviewer1, 'publish', undefined, true)).rejects.toMatchObject({ status: 409 })
  })

  it('withdrawal takes a published guide off the public API', async () => {
    const doc = await newDraft()
    await act(doc.id, editor, 'submit')
    await act(doc.id, reviewer1, 'approve')
    await act(doc.id, reviewer1, 'publish', undefined, true)
    await expect(act(doc.id, editor, 'withdraw', undefined, true)).rejects.toMatchObject({ status: 403 })
    const gone = await act(doc.id, reviewer1, 'withdraw', '政策调整', true)
    expect(gone._status).toBe('draft')
    expect(gone.workflow.state).toBe('withdrawn')
    const pub = await hub.payload.find({ collection: 'service-guides', where: { id: { equals: doc.id } }, overrideAccess: false })
    expect(pub.totalDocs).toBe(0)
  })

  it('the workflow group cannot be forged by a client', async () => {
    const doc = await newDraft()
    const forged = (await hub.payload.update({
      collection: 'service-guides',
      id: doc.id,
      data: { workflow: { state: 'approved', level: 3 } } as never,
      draft: true,
      user: editor,
      overrideAccess: false,
    })) as Record<string, any>
    expect(forged.workflow.state).toBe('draft')
    await expect(act(doc.id, reviewer1, 'publish', undefined, true)).rejects.toMatchObject({ status: 409 })
  })

  it('a guide without materials cannot be submitted: field error on materials', async () => {
    const doc = await newDraft({ materials: [] })
    await expect(act(doc.id, editor, 'submit')).rejects.toMatchObject({
      name: 'ValidationError',
      data: { errors: expect.arrayContaining([expect.objectContaining({ path: 'materials' })]) },
    })
  })

  it('a malformed item code is a field error on code, in Chinese and English', async () => {
    for (const code of ['ABC-123', '11370100MB0000999-ZZ-001', '11370100MB0000999-XK-01']) {
      await expect(
        hub.payload.create({ collection: 'service-guides', data: guideData(deptA.id, { code }) as never, draft: true }),
      ).rejects.toMatchObject({
        name: 'ValidationError',
        data: { errors: [expect.objectContaining({ path: 'code', message: expect.stringMatching(/事项.*\/.*(Item code|item type)/i) })] },
      })
    }
  })
})
