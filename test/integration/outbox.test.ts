import { GraphQLClient, gql } from 'graphql-request'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { drainOutbox } from '../../src/publishing/outbox/worker'
import { department, guideData } from '../helpers/content'
import { startTestHub, type TestHub } from '../helpers/hub'
import { restClient } from '../helpers/http'
import { serveGraphQL } from '../helpers/loopback'
import { FakeWeChatServer } from '../fakes/wechat-server'

let hub: TestHub
let http: ReturnType<typeof restClient>
let wechat: FakeWeChatServer
let deptId: number | string
let coverId: number | string
const KIOSK_KEY = 'kiosk-0000000000000000000000000000000000000000000000000000000001'
const APP_KEY = 'app-00000000000000000000000000000000000000000000000000000000001'
let seq = 0

beforeAll(async () => {
  hub = await startTestHub()
  http = restClient(hub.payload)
  wechat = await new FakeWeChatServer().listen()
  deptId = (await department(hub.payload, 'GJJZX', '示范市住房公积金管理中心')).id
  const image = await sharp({ create: { width: 1200, height: 600, channels: 3, background: '#1d4ed8' } }).jpeg().toBuffer()
  coverId = (await hub.payload.create({ collection: 'media', data: { alt: '公积金中心服务大厅' }, file: { data: image, mimetype: 'image/jpeg', name: 'hall.jpg', size: image.length } })).id
  const channel = (data: Record<string, unknown>) => hub.payload.create({ collection: 'channels', data: data as never })
  await channel({ name: '政务服务网', kind: 'website' })
  await channel({ name: '示范政务APP', kind: 'app', enableAPIKey: true, apiKey: APP_KEY })
  await channel({ name: '大厅自助终端', kind: 'kiosk', enableAPIKey: true, apiKey: KIOSK_KEY })
  await channel({ name: '示范市政务公众号', kind: 'wechat', wechat: { appId: wechat.appId, appSecretInput: wechat.appSecret, apiBase: wechat.url } })
})
afterAll(async () => {
  await wechat?.close()
  await hub?.close()
})

async function publishGuide(title: string) {
  seq += 1
  return hub.payload.create({
    collection: 'service-guides',
    data: guideData(deptId, {
      code: `11370100MB0000105-GG-${String(seq).padStart(3, '0')}`,
      itemType: 'public_service',
      title,
      channelOverrides: { cover: coverId },
      _status: 'published',
    }) as never,
    context: { workflow: { action: 'import' } },
  })
}

/** Runs the outbox until quiet, moving the clock past backoffs and publish polling. */
async function settle() {
  for (let i = 0; i < 6; i++) await drainOutbox(hub.payload, new Date(Date.now() + i * 3_600_000))
}

const feed = (key: string, since?: string) =>
  http.graphql('query($since: String) { channelFeed(since: $since, limit: 50) { items { key action title body } nextCursor hasMore } }', {
    auth: `channels API-Key ${key}`,
    variables: { since },
  })

const deliveriesOf = async (docId: number | string) =>
  (await hub.payload.find({ collection: 'deliveries', where: { docId: { equals: String(docId) } }, pagination: false, sort: 'createdAt' })).docs as Array<Record<string, any>>

describe('publish once, deliver everywhere', () => {
  it('one published guide reaches website, app, kiosk and WeChat; withdrawn, it leaves all four', async () => {
    const guide = await publishGuide('住房公积金租房提取')
    await settle()
    const delivered = await deliveriesOf(guide.id)
    expect(delivered.map((d) => `${d.channelKind}:${d.status}`).sort()).toEqual(['app:delivered', 'kiosk:delivered', 'website:delivered', 'wechat:delivered'])
    const kiosk = await feed(KIOSK_KEY)
    expect(kiosk.body.errors).toBeUndefined()
    const item = kiosk.body.data.channelFeed.items.find((i: { key: string }) => i.key === guide.code)
    expect(item.action).toBe('upsert')
    expect(JSON.stringify(item.body)).toContain('住房公积金租房提取')
    const live = wechat.publishedArticles().filter((a) => !a.deleted)
    expect(live).toHaveLength(1)

    await hub.payload.update({ collection: 'service-guides', id: guide.id, data: { _status: 'draft' } as never, context: { workflow: { action: 'withdraw', reason: '政策调整' } } })
    await settle()
    const after = await feed(KIOSK_KEY, kiosk.body.data.channelFeed.nextCursor)
    expect(after.body.data.channelFeed.items).toEqual([expect.objectContaining({ key: guide.code, action: 'tombstone', body: null })])
    expect(wechat.publishedArticles().filter((a) => !a.deleted)).toHaveLength(0)
  })

  it('a channel dropped from the targets gets a withdrawal; the others keep the guide', async () => {
    const guide = await publishGuide('住房公积金退休提取')
    await settle()
    await hub.payload.update({
      collection: 'service-guides',
      id: guide.id,
      data: { targets: ['website', 'app', 'wechat'], _status: 'published' } as never,
      context: { workflow: { action: 'import' } },
    })
    await settle()
    const latest = async (key: string) => (await feed(key)).body.data.channelFeed.items.find((i: { key: string }) => i.key === guide.code)
    expect((await latest(KIOSK_KEY)).action).toBe('tombstone')
    expect((await latest(APP_KEY)).action).toBe('upsert')
  })

  it('delivering the same version twice never makes two WeChat articles', async () => {
    const guide = await publishGuide('住房公积金贷款申请')
    await settle()
    await settle()
    expect(wechat.publishedArticles().filter((a) => !a.deleted && a.title === '住房公积金贷款申请')).toHaveLength(1)
    expect((await deliveriesOf(guide.id)).filter((d) => d.channelKind === 'wechat')).toHaveLength(1)
  })

  it('a quota error (45009) kills the WeChat delivery with an error, the other channels unaffected', async () => {
    wechat.failNext('/cgi-bin/draft/add', 45009, 5)
    const guide = await publishGuide('住房公积金缴存基数调整')
    await settle()
    const rows = await deliveriesOf(guide.id)
    const wx = rows.find((d) => d.channelKind === 'wechat')!
    expect(wx.status).toBe('dead')
    expect(wx.attempts).toBe(1)
    expect(wx.lastError).toContain('45009')
    expect(rows.filter((d) => d.channelKind !== 'wechat').every((d) => d.status === 'delivered')).toBe(true)
  })

  it('a kiosk key reads only its own channel: no drafts, no other channel renderings', async () => {
    const app = await feed(APP_KEY)
    const kiosk = await feed(KIOSK_KEY)
    const appBody = JSON.stringify(app.body.data.channelFeed.items.map((i: { body: unknown }) => i.body))
    const kioskBody = JSON.stringify(kiosk.body.data.channelFeed.items.map((i: { body: unknown }) => i.body))
    expect(appBody).not.toEqual(kioskBody)
    const bad = await http.graphql('{ channelFeed(since: "nonsense") { nextCursor } }', { auth: `channels API-Key ${KIOSK_KEY}` })
    expect(bad.body.errors![0].message).toMatch(/游标无效.*Invalid cursor/)
    const anon = await http.graphql('{ channelFeed { nextCursor } }')
    expect(anon.body.errors![0].message).toContain('API key')
  })

  it('an app developer syncs with a GraphQL client library over HTTP; GET persisted queries answer 304 when unchanged', async () => {
    const guide = await publishGuide('住房公积金异地转移接续')
    await settle()
    const server = await serveGraphQL(hub.payload)
    try {
      const client = new GraphQLClient(server.url, { headers: { authorization: `channels API-Key ${APP_KEY}` } })
      const page = await client.request<{ channelFeed: { items: Array<{ key: string; action: string; body: { blocks?: unknown[] } }>; nextCursor: string } }>(
        gql`query sync($since: String) { channelFeed(since: $since, limit: 100) { nextCursor items { key action body } } }`,
        { since: null },
      )
      const item = page.channelFeed.items.find((i) => i.key === guide.code)!
      expect(item.action).toBe('upsert')
      expect(Array.isArray(item.body.blocks)).toBe(true)
      const lookup = await client.request<{ channelItem: { title: string } }>(gql`query($key: String!) { channelItem(key: $key) { title } }`, { key: guide.code })
      expect(lookup.channelItem.title).toBe('住房公积金异地转移接续')

      const url = `${server.url}?id=channelFeed&variables=${encodeURIComponent(JSON.stringify({ since: page.channelFeed.nextCursor }))}`
      const auth = { authorization: `channels API-Key ${APP_KEY}` }
      const first = await fetch(url, { headers: auth })
      expect(first.status).toBe(200)
      const etag = first.headers.get('etag')!
      expect(etag).toMatch(/^".+"$/)
      expect(first.headers.get('vary')).toContain('Authorization')
      const again = await fetch(url, { headers: { ...auth, 'if-none-match': etag } })
      expect(again.status).toBe(304)
      const unknown = await fetch(`${server.url}?id=dropTables`, { headers: auth })
      expect(unknown.status).toBe(400)
    } finally {
      await server.close()
    }
  })
})
