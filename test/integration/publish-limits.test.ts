import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createLocalReq } from 'payload'

import { runQueuedJobs } from '../../src/clock/jobs/runQueuedJobs'
import { publishProblems } from '../../src/publishing/workflow/limits'
import { plainTextToLexical } from '../../src/text/lexicalText'
import { department, guideData, staff } from '../helpers/content'
import { startTestHub, type TestHub } from '../helpers/hub'
import { restClient } from '../helpers/http'

let hub: TestHub
let http: ReturnType<typeof restClient>
let deptId: number | string
let coverId: number | string
let wechatId: number | string
let editor: Awaited<ReturnType<typeof staff>>
let reviewer: Awaited<ReturnType<typeof staff>>
let reviewerToken: string
let seq = 0
// 40 code points: past WeChat's 32 and within the guide's own 100.
const LONG_TITLE = '关于申请办理城乡居民基本养老保险待遇领取资格认证及相关补发手续的事项说明（试行）'

beforeAll(async () => {
  hub = await startTestHub()
  http = restClient(hub.payload)
  deptId = (await department(hub.payload, 'YLBXJ', '示范市社会保险事业中心')).id
  editor = await staff(hub.payload, 'editor@ylbx.test', 'editor', [deptId])
  reviewer = await staff(hub.payload, 'reviewer@ylbx.test', 'reviewer', [deptId])
  reviewerToken = (await hub.payload.login({ collection: 'users', data: { email: 'reviewer@ylbx.test', password: 'test-password-1' } })).token!
  await hub.payload.updateGlobal({ slug: 'hub-settings', data: { review: { levels: 1 } } })
  const image = await sharp({ create: { width: 900, height: 400, channels: 3, background: '#1d4ed8' } }).jpeg().toBuffer()
  coverId = (await hub.payload.create({ collection: 'media', data: { alt: '社保服务大厅' }, file: { data: image, mimetype: 'image/jpeg', name: 'hall.jpg', size: image.length } })).id
  await hub.payload.create({ collection: 'channels', data: { name: '政务服务网', kind: 'website' } as never })
  // The outbox never runs here (OMNIHUB_OUTBOX_KICK off in tests): delivery rows are only counted.
  wechatId = (await hub.payload.create({ collection: 'channels', data: { name: '示范市政务公众号', kind: 'wechat', wechat: { appId: 'wxlimits', appSecretInput: 'limits-secret' } } as never })).id
})
afterAll(async () => hub?.close())

type User = typeof editor
const step = (id: number | string, user: User, action: string) =>
  hub.payload.update({ collection: 'service-guides', id, data: {}, draft: true, user, overrideAccess: false, context: { workflow: { action } } } as never)

/** A guide submitted and approved, ready to publish. */
async function approvedGuide(overrides: Record<string, unknown> = {}) {
  seq += 1
  const doc = await hub.payload.create({
    collection: 'service-guides',
    draft: true,
    user: editor,
    overrideAccess: false,
    data: guideData(deptId, { code: `11370100MB0000301-JF-${String(seq).padStart(3, '0')}`, itemType: 'benefit', title: LONG_TITLE, channelOverrides: { cover: coverId }, ...overrides }) as never,
  })
  await step(doc.id, editor, 'submit')
  await step(doc.id, reviewer, 'approve')
  return doc
}

const publishByEndpoint = (id: number | string) =>
  http.rest('POST', `service-guides/${id}/workflow`, { auth: `JWT ${reviewerToken}`, body: { action: 'publish' } })

const deliveriesOf = async (docId: number | string) =>
  (await hub.payload.find({ collection: 'deliveries', where: { docId: { equals: String(docId) } }, pagination: false, depth: 0 })).docs.map((d) => String(d.channelKind)).sort()

const latest = async (id: number | string) => (await hub.payload.findByID({ collection: 'service-guides', id, draft: true, depth: 0 })) as Record<string, any>

const TITLE_PROBLEM = { channel: 'wechat', field: 'title', limit: 32, actual: 40 }

describe('publishing is refused while a targeted channel’s limits are broken', () => {
  it('the workflow endpoint answers 400 naming channel, field and limit; nothing is saved or enqueued', async () => {
    const doc = await approvedGuide()
    const before = await latest(doc.id)
    const res = await publishByEndpoint(doc.id)
    expect(res.status).toBe(400)
    const error = res.body.errors[0]
    expect(error.message).toMatch(/^无法发布到微信公众号：标题（title）不能超过32个字，现为40个字/)
    expect(error.zh).toContain('在“发布渠道”中取消该渠道')
    expect(error.en).toMatch(/^Cannot publish to WeChat official account: title must be at most 32 characters, is 40/)
    expect(error.en).toContain('untarget the channel')
    expect(error.problems).toEqual([expect.objectContaining({ ...TITLE_PROBLEM, zh: expect.stringContaining('32'), en: expect.stringContaining('32') })])
    const after = await latest(doc.id)
    expect(after._status).toBe('draft')
    expect(after.workflow.state).toBe('approved')
    expect(after.updatedAt).toBe(before.updatedAt)
    expect(await deliveriesOf(doc.id)).toEqual([])
  })

  it('Payload’s own publish is refused the same way: local API and REST save with _status published', async () => {
    const doc = await approvedGuide()
    await expect(
      hub.payload.update({ collection: 'service-guides', id: doc.id, data: { _status: 'published' } as never, user: reviewer, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/微信公众号.*32.*WeChat.*32/), data: { problems: [expect.objectContaining(TITLE_PROBLEM)] } })
    const rest = await http.rest('PATCH', `service-guides/${doc.id}`, { auth: `JWT ${reviewerToken}`, body: { _status: 'published' } })
    expect(rest.status).toBe(400)
    expect(rest.body.errors[0].data.problems).toEqual([expect.objectContaining(TITLE_PROBLEM)])
    expect((await latest(doc.id))._status).toBe('draft')
    expect(await deliveriesOf(doc.id)).toEqual([])
  })

  it('a scheduled publish is refused too; an import goes live without the channel it breaks', async () => {
    const doc = await approvedGuide()
    await hub.payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'service-guides', value: String(doc.id) }, user: { relationTo: 'users', value: reviewer.id } },
      waitUntil: new Date(Date.now() - 1000),
    } as never)
    await runQueuedJobs(hub.payload)
    expect((await latest(doc.id))._status).toBe('draft')
    expect(await deliveriesOf(doc.id)).toEqual([])

    // An import file carries no short titles or covers: the record goes live on the channels it
    // fits and the one it breaks is untargeted, instead of losing the whole record.
    const imported = await hub.payload.create({
      collection: 'service-guides',
      data: guideData(deptId, { code: '11370100MB0000301-JF-900', itemType: 'benefit', title: LONG_TITLE, channelOverrides: { cover: coverId }, _status: 'published' }) as never,
      context: { workflow: { action: 'import' } },
    })
    expect(imported._status).toBe('published')
    expect(imported.targets).not.toContain('wechat')
    expect(imported.targets).toContain('website')
    const kinds = (await deliveriesOf(imported.id)).map((d) => (d as { channelKind?: string }).channelKind)
    expect(kinds).not.toContain('wechat')
  })

  it('lists every problem: a notice without a cover and with a long title names both', async () => {
    const req = await createLocalReq({}, hub.payload)
    const notice = { slug: 'limits-notice', title: LONG_TITLE, department: deptId, validFrom: '2026-12-01T00:00:00.000Z', body: plainTextToLexical('春节期间社保大厅上午九点至十二点办公。') }
    const problems = (await publishProblems(req, 'notices', notice)) as unknown as Array<Record<string, unknown>>
    expect(problems.map((p) => `${p.channel}.${p.field}`).sort()).toEqual(['wechat.cover', 'wechat.title'])
  })

  it('publishes once a short title is given (the edit goes through review again), and delivers to WeChat', async () => {
    const doc = await approvedGuide()
    expect((await publishByEndpoint(doc.id)).status).toBe(400)
    await hub.payload.update({
      collection: 'service-guides',
      id: doc.id,
      data: { channelOverrides: { shortTitle: '养老保险待遇资格认证', cover: coverId } } as never,
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    await step(doc.id, editor, 'submit')
    await step(doc.id, reviewer, 'approve')
    const res = await publishByEndpoint(doc.id)
    expect(res.status).toBe(200)
    expect(res.body._status).toBe('published')
    expect(await deliveriesOf(doc.id)).toEqual(['website', 'wechat'])
  })

  it('publishes when WeChat is untargeted, to the remaining channels only', async () => {
    const doc = await approvedGuide({ targets: ['website', 'app', 'kiosk'] })
    const res = await publishByEndpoint(doc.id)
    expect(res.status).toBe(200)
    expect(await deliveriesOf(doc.id)).toEqual(['website'])
  })

  it('checks enabled channels only: with the WeChat account disabled the long title publishes', async () => {
    await hub.payload.update({ collection: 'channels', id: wechatId, data: { enabled: false } as never })
    try {
      const doc = await approvedGuide()
      const res = await publishByEndpoint(doc.id)
      expect(res.status).toBe(200)
      expect(await deliveriesOf(doc.id)).toEqual(['website'])
    } finally {
      await hub.payload.update({ collection: 'channels', id: wechatId, data: { enabled: true } as never })
    }
  })
})
