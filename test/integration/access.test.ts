import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { department, guideData, staff } from '../helpers/content'
import { startTestHub, type TestHub } from '../helpers/hub'
import { restClient } from '../helpers/http'

let hub: TestHub
let http: ReturnType<typeof restClient>
const ids: Record<string, number | string> = {}
let editorA: Awaited<ReturnType<typeof staff>>
let editorToken = ''
const API_KEY = 'kiosk-key-0123456789abcdef0123456789abcdef'

beforeAll(async () => {
  hub = await startTestHub()
  http = restClient(hub.payload)
  const a = await department(hub.payload, 'DEPTA', '甲局')
  const b = await department(hub.payload, 'DEPTB', '乙局')
  editorA = await staff(hub.payload, 'editor-a@test.cn', 'editor', [a.id])
  await staff(hub.payload, 'editor-b@test.cn', 'editor', [b.id])
  editorToken = (await hub.payload.login({ collection: 'users', data: { email: 'editor-a@test.cn', password: 'test-password-1' } })).token!
  ids.deptA = a.id
  ids.deptB = b.id
  ids.draftA = (await hub.payload.create({ collection: 'service-guides', data: guideData(a.id, { code: '11370100MB0000001-XK-001', title: '甲局草稿' }) as never, draft: true })).id
  ids.draftB = (await hub.payload.create({ collection: 'service-guides', data: guideData(b.id, { code: '11370100MB0000002-XK-001', title: '乙局草稿' }) as never, draft: true })).id
  ids.liveB = (
    await hub.payload.create({
      collection: 'service-guides',
      data: guideData(b.id, { code: '11370100MB0000002-XK-002', title: '乙局已发布', _status: 'published' }) as never,
      context: { workflow: { action: 'import' } },
    })
  ).id
  await hub.payload.create({
    collection: 'channels',
    data: { name: '大厅自助终端1号', kind: 'kiosk', enableAPIKey: true, apiKey: API_KEY, wechat: {} } as never,
  })
  await hub.payload.create({
    collection: 'channels',
    data: { name: '示范市政务公众号', kind: 'wechat', wechat: { appId: 'wx123', appSecretInput: 'SUPER-SECRET-VALUE', tokenInput: 'tok-abc' } } as never,
  })
})
afterAll(async () => hub?.close())

const asEditor = () => `JWT ${editorToken}`
const asKiosk = () => `channels API-Key ${API_KEY}`

describe('department-scoped access for staff', () => {
  it("an editor of A reads A's drafts and B's published guides, never B's drafts", async () => {
    const res = await http.rest('GET', 'service-guides?draft=true&limit=100', { auth: asEditor() })
    expect(res.status).toBe(200)
    const titles = res.body.docs.map((d: { title: string }) => d.title).sort()
    expect(titles).toEqual(['乙局已发布', '甲局草稿'])
    const direct = await http.rest('GET', `service-guides/${ids.draftB}?draft=true`, { auth: asEditor() })
    expect([403, 404]).toContain(direct.status)
  })

  it("an editor of A cannot change B's draft nor move content into B", async () => {
    const res = await http.rest('PATCH', `service-guides/${ids.draftB}?draft=true`, { auth: asEditor(), body: { title: '篡改' } })
    expect([403, 404]).toContain(res.status)
    const after = await hub.payload.findByID({ collection: 'service-guides', id: ids.draftB, draft: true })
    expect(after.title).toBe('乙局草稿')
    const moved = await http.rest('PATCH', `service-guides/${ids.draftA}?draft=true`, { auth: asEditor(), body: { department: ids.deptB } })
    expect(moved.status).toBe(400)
    expect(JSON.stringify(moved.body)).toContain('department')
  })

  it('an editor cannot create content for another department', async () => {
    const res = await http.rest('POST', 'service-guides?draft=true', {
      auth: asEditor(),
      body: guideData(ids.deptB, { code: '11370100MB0000003-XK-001' }),
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors[0].path).toBe('department')
  })
})

describe('channel API keys', () => {
  it('read published content only', async () => {
    const res = await http.rest('GET', 'service-guides?draft=true&limit=100', { auth: asKiosk() })
    expect(res.status).toBe(200)
    expect(res.body.docs.map((d: { title: string }) => d.title)).toEqual(['乙局已发布'])
    const gql = await http.graphql('{ ServiceGuides(draft: true, limit: 100) { docs { title _status } } }', { auth: asKiosk() })
    expect(gql.body.data.ServiceGuides.docs).toEqual([{ title: '乙局已发布', _status: 'published' }])
  })

  it('read no users, no channels and no secrets', async () => {
    expect((await http.rest('GET', 'users', { auth: asKiosk() })).status).toBe(403)
    expect((await http.rest('GET', 'channels', { auth: asKiosk() })).status).toBe(403)
    const gql = await http.graphql('{ Users { docs { email } } Channels { docs { name } } }', { auth: asKiosk() })
    expect(gql.body.data?.Users ?? null).toBeNull()
    expect(JSON.stringify(gql.body)).not.toContain('@test.cn')
  })

  it('never return channel secrets, not even to an admin', async () => {
    const admin = await staff(hub.payload, 'admin@test.cn', 'admin', [])
    const token = (await hub.payload.login({ collection: 'users', data: { email: 'admin@test.cn', password: 'test-password-1' } })).token!
    const res = await http.rest('GET', 'channels?limit=10', { auth: `JWT ${token}` })
    expect(res.status).toBe(200)
    const text = JSON.stringify(res.body)
    expect(text).toContain('wx123')
    expect(text).not.toContain('SUPER-SECRET-VALUE')
    expect(text).not.toContain('tok-abc')
    // ...while the hub itself can still use them.
    const { docs } = await hub.payload.find({ collection: 'channels', where: { kind: { equals: 'wechat' } }, showHiddenFields: true })
    expect((docs[0] as any).wechat.appSecret).toBe('SUPER-SECRET-VALUE')
    // Saving the form with an empty input keeps the stored secret.
    await hub.payload.update({ collection: 'channels', id: docs[0].id, data: { name: '示范市政务公众号（更名）', wechat: { appId: 'wx123', appSecretInput: '' } } as never })
    const again = await hub.payload.findByID({ collection: 'channels', id: docs[0].id, showHiddenFields: true })
    expect((again as any).wechat.appSecret).toBe('SUPER-SECRET-VALUE')
  })

  it('the public sees published content only', async () => {
    const res = await http.rest('GET', 'service-guides?draft=true&limit=100')
    expect(res.body.docs.map((d: { title: string }) => d.title)).toEqual(['乙局已发布'])
  })
})
