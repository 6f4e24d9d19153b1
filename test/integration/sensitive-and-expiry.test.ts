import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { expireNotices } from '../../src/clock/jobs/expireNotices'
import { clockJobs } from '../../src/clock/jobs'
import { tick } from '../../src/clock/tick'
import { plainTextToLexical } from '../../src/text/lexicalText'
import { department, guideData, staff } from '../helpers/content'
import { startTestHub, type TestHub } from '../helpers/hub'
import { restClient } from '../helpers/http'

let hub: TestHub
let http: ReturnType<typeof restClient>
let deptId: number | string
let editorJwt = ''
let reviewerJwt = ''

beforeAll(async () => {
  hub = await startTestHub()
  http = restClient(hub.payload)
  deptId = (await department(hub.payload, 'RSJ', '示范市人力资源和社会保障局')).id
  await staff(hub.payload, 'e@rsj.test', 'editor', [deptId])
  await staff(hub.payload, 'r@rsj.test', 'reviewer', [deptId])
  const login = async (email: string) => (await hub.payload.login({ collection: 'users', data: { email, password: 'test-password-1' } })).token!
  editorJwt = `JWT ${await login('e@rsj.test')}`
  reviewerJwt = `JWT ${await login('r@rsj.test')}`
  for (const term of ['劳动局', 'ＶＩＰ通道']) await hub.payload.create({ collection: 'sensitive-terms', data: { term, category: 'outdated' } })
})
afterAll(async () => hub?.close())

const workflow = (collection: string, id: number | string, auth: string, action: string, reason?: string) =>
  http.rest('POST', `${collection}/${id}/workflow`, { auth, body: { action, reason } })

describe('sensitive-word check', () => {
  it('blocks submission with the matched words and where they are, across variants', async () => {
    const guide = await hub.payload.create({
      collection: 'service-guides',
      draft: true,
      data: guideData(deptId, {
        code: '11370100MB0000103-GG-001',
        itemType: 'public_service',
        summary: '请到市勞動局一楼办理。',
        steps: [{ name: '取号', description: '老年人可走vip通道。' }],
      }) as never,
    })
    const res = await workflow('service-guides', guide.id, editorJwt, 'submit')
    expect(res.status).toBe(400)
    const errors = res.body.errors[0].data.errors as Array<{ path: string; message: string }>
    expect(errors.map((e) => e.path).sort()).toEqual(['steps.0.description', 'summary'])
    expect(errors.find((e) => e.path === 'summary')!.message).toMatch(/劳动局.*勞動局|勞動局/)
    expect(errors.find((e) => e.path === 'steps.0.description')!.message).toContain('vip通道')
    const still = await hub.payload.findByID({ collection: 'service-guides', id: guide.id, draft: true })
    expect((still as any).workflow.state).toBe('draft')
  })

  it('lets clean content through the whole workflow over HTTP', async () => {
    const guide = await hub.payload.create({
      collection: 'service-guides',
      draft: true,
      data: guideData(deptId, { code: '11370100MB0000103-GG-002', itemType: 'public_service' }) as never,
    })
    expect((await workflow('service-guides', guide.id, editorJwt, 'submit')).status).toBe(200)
    expect((await workflow('service-guides', guide.id, editorJwt, 'approve')).status).toBe(403)
    expect((await workflow('service-guides', guide.id, reviewerJwt, 'approve')).body.workflow.state).toBe('approved')
    const live = await workflow('service-guides', guide.id, reviewerJwt, 'publish')
    expect(live.body._status).toBe('published')
    const unknown = await workflow('service-guides', guide.id, reviewerJwt, 'explode')
    expect(unknown.status).toBe(400)
    expect(unknown.body.errors[0].field).toBe('action')
  })
})

describe('notices', () => {
  const notice = (slug: string, validFrom: string, validTo: string | null) => ({
    slug,
    title: `测试公告 ${slug}`,
    department: deptId,
    body: plainTextToLexical('系统升级期间暂停服务。'),
    validFrom,
    validTo,
    _status: 'published',
  })

  it('refuses validTo before validFrom with a field error', async () => {
    await expect(
      hub.payload.create({ collection: 'notices', data: notice('bad-window', '2026-12-01T00:00:00Z', '2026-11-01T00:00:00Z') as never, context: { workflow: { action: 'import' } } }),
    ).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ path: 'validTo' })] } })
  })

  it('withdraws a notice past validTo on the clock tick, once however many processes tick', async () => {
    const expired = await hub.payload.create({ collection: 'notices', data: notice('old-upgrade', '2026-11-01T00:00:00Z', '2026-11-10T00:00:00Z') as never, context: { workflow: { action: 'import' } } })
    const current = await hub.payload.create({ collection: 'notices', data: notice('new-hours', '2026-11-01T00:00:00Z', '2027-01-10T00:00:00Z') as never, context: { workflow: { action: 'import' } } })
    const job = clockJobs.find((j) => j.name === 'expire-notices')!
    const now = new Date('2026-11-26T08:00:30Z')
    const [a, b] = await Promise.all([tick(hub.payload, job, now), tick(hub.payload, job, new Date('2026-11-26T08:00:45Z'))])
    expect([a.ran, b.ran].filter(Boolean)).toHaveLength(1)
    const after = await hub.payload.findByID({ collection: 'notices', id: expired.id })
    expect(after._status).toBe('draft')
    expect((after as any).workflow.state).toBe('withdrawn')
    expect((after as any).workflow.history.at(-1).action).toBe('expire')
    expect((await hub.payload.findByID({ collection: 'notices', id: current.id }))._status).toBe('published')
    const publicList = await http.rest('GET', 'notices?limit=50')
    expect(publicList.body.docs.map((d: { slug: string }) => d.slug)).toEqual(['new-hours'])
    // a later tick finds nothing more to do
    expect(await expireNotices(hub.payload, new Date('2026-11-26T08:01:30Z'))).toContain(' 0 ')
  })
})
