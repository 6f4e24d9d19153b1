import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { plainTextToLexical } from '../../src/text/lexicalText'
import { department, guideData, staff } from '../helpers/content'
import { startTestHub, type TestHub } from '../helpers/hub'
import { restClient } from '../helpers/http'

let hub: TestHub
let http: ReturnType<typeof restClient>
const KIOSK_KEY = 'kiosk-preview-0123456789abcdef0123456789abcdef'
const ids: Record<string, number | string> = {}
const tokens: Record<string, string> = {}
// 40 code points: past WeChat's 32 and within the guide's own 100.
const LONG_TITLE = '关于申请办理城乡居民基本养老保险待遇领取资格认证及相关补发手续的事项说明（试行）'

beforeAll(async () => {
  hub = await startTestHub()
  http = restClient(hub.payload)
  const a = await department(hub.payload, 'YLBXJ', '示范市社会保险事业中心')
  const b = await department(hub.payload, 'SCJGJ', '示范市市场监督管理局')
  ids.deptA = a.id
  const users: Array<[string, string, Array<number | string>]> = [
    ['editor-a@test.cn', 'editor', [a.id]],
    ['reviewer-a@test.cn', 'reviewer', [a.id]],
    ['reviewer-b@test.cn', 'reviewer', [b.id]],
    ['official-a@test.cn', 'official', [a.id]],
    ['admin@test.cn', 'admin', []],
  ]
  for (const [email, role, departments] of users) {
    await staff(hub.payload, email, role, departments)
    tokens[email] = (await hub.payload.login({ collection: 'users', data: { email, password: 'test-password-1' } })).token!
  }
  await hub.payload.create({ collection: 'channels', data: { name: '大厅自助终端', kind: 'kiosk', enableAPIKey: true, apiKey: KIOSK_KEY } as never })
  ids.guide = (
    await hub.payload.create({
      collection: 'service-guides',
      data: guideData(a.id, { code: '11370100MB0000301-JF-001', itemType: 'benefit', title: LONG_TITLE }) as never,
      draft: true,
    })
  ).id
  ids.notice = (
    await hub.payload.create({
      collection: 'notices',
      data: {
        slug: 'preview-notice',
        title: '社保大厅春节期间办公时间调整',
        department: a.id,
        validFrom: '2026-12-01T00:00:00.000Z',
        targets: ['website', 'kiosk'],
        body: plainTextToLexical('春节期间社保大厅上午九点至十二点办公。'),
      } as never,
      draft: true,
    })
  ).id
})
afterAll(async () => hub?.close())

const as = (email: string) => `JWT ${tokens[email]}`
const preview = (collection: string, id: number | string, auth?: string) => http.rest('GET', `${collection}/${id}/preview`, { auth })

describe('per-channel preview of a draft (GET /api/<collection>/:id/preview)', () => {
  it('shows every targeted channel and a WeChat title problem naming channel, field and limit', async () => {
    const res = await preview('service-guides', ids.guide, as('editor-a@test.cn'))
    expect(res.status).toBe(200)
    expect(res.body.status).toBe('draft')
    expect(res.body.channels.map((c: { channel: string }) => c.channel)).toEqual(['website', 'app', 'wechat', 'kiosk'])
    const title = res.body.problems.find((p: { channel: string; field: string }) => p.channel === 'wechat' && p.field === 'title')
    expect(title).toMatchObject({ channel: 'wechat', field: 'title', limit: 32, actual: 40 })
    expect(title.zh).toMatch(/微信公众号.*标题.*32/)
    expect(title.en).toMatch(/WeChat.*title.*32/)
    const wechat = res.body.channels.find((c: { channel: string }) => c.channel === 'wechat')
    expect(wechat.problems).toContainEqual(expect.objectContaining({ field: 'title', limit: 32 }))
    // Every channel shows the draft's own words: HTML for website and WeChat, blocks, screens.
    const website = res.body.channels.find((c: { channel: string }) => c.channel === 'website')
    expect(website.html).toContain('<html lang="zh-CN">')
    expect(website.html).toContain(LONG_TITLE)
    expect(website.problems).toEqual([])
    const app = res.body.channels.find((c: { channel: string }) => c.channel === 'app')
    expect(app.data.blocks[0]).toEqual({ type: 'heading', level: 1, text: LONG_TITLE })
    const kiosk = res.body.channels.find((c: { channel: string }) => c.channel === 'kiosk')
    expect(kiosk.data.screens.length).toBeGreaterThan(1)
    expect(kiosk.html).toContain('<svg')
  })

  it('follows the saved draft: a short title clears the WeChat problem on the next preview', async () => {
    await hub.payload.update({ collection: 'service-guides', id: ids.guide, data: { channelOverrides: { shortTitle: '养老保险待遇资格认证' } } as never, draft: true })
    const res = await preview('service-guides', ids.guide, as('reviewer-a@test.cn'))
    expect(res.status).toBe(200)
    expect(res.body.problems.filter((p: { field: string }) => p.field === 'title')).toEqual([])
    expect(res.body.channels.find((c: { channel: string }) => c.channel === 'wechat').title).toBe('养老保险待遇资格认证')
  })

  it('previews notices for their targets only', async () => {
    const res = await preview('notices', ids.notice, as('admin@test.cn'))
    expect(res.status).toBe(200)
    expect(res.body.key).toBe('preview-notice')
    expect(res.body.channels.map((c: { channel: string }) => c.channel)).toEqual(['website', 'kiosk'])
    expect(res.body.channels[0].html).toContain('春节期间社保大厅上午九点至十二点办公')
  })

  it('refuses the public, channel API keys, other roles and other departments', async () => {
    const anon = await preview('service-guides', ids.guide)
    expect(anon.status).toBe(401)
    expect(anon.body.errors[0].message).toMatch(/请先登录 \/ Staff login required/)
    const kiosk = await preview('service-guides', ids.guide, `channels API-Key ${KIOSK_KEY}`)
    expect(kiosk.status).toBe(403)
    expect(JSON.stringify(kiosk.body)).not.toContain(LONG_TITLE)
    const official = await preview('service-guides', ids.guide, as('official-a@test.cn'))
    expect(official.status).toBe(403)
    const other = await preview('service-guides', ids.guide, as('reviewer-b@test.cn'))
    expect(other.status).toBe(403)
    expect(other.body.errors[0].zh).toBe('只能预览本部门的内容')
    expect(JSON.stringify(other.body)).not.toContain(LONG_TITLE)
    const missing = await preview('service-guides', 999999, as('admin@test.cn'))
    expect(missing.status).toBe(404)
  })
})
