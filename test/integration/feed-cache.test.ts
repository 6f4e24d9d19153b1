import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { getPayload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { GET, POST } from '../../src/app/(payload)/api/graphql/route'
import { compactFeeds } from '../../src/publishing/feed/compact'
import { encodeCursor } from '../../src/publishing/feed/cursor'
import { channelFeedFastPath, fastFeedStats } from '../../src/publishing/feed/fastPath'
import { cachedGraphQLGet, PERSISTED_QUERIES } from '../../src/publishing/feed/httpCache'
import { appendEntry } from '../../src/publishing/feed/store'
import { drainOutbox } from '../../src/publishing/outbox/worker'
import { department, guideData } from '../helpers/content'
import { startTestHub, type TestHub } from '../helpers/hub'

/**
 * The channel clients' hot path: GET /api/graphql?id=channelFeed answered from the fast path
 * (src/publishing/feed/fastPath.ts) through the real Next route handler. Every answer is checked
 * against POST GraphQL, byte for byte.
 */
let hub: TestHub
let deptId: number | string
const KIOSK = 'kiosk-feed-cache-000000000000000000000000000000000000000000000001'
const APP = 'app-feed-cache-00000000000000000000000000000000000000000000000001'
const ids: Record<string, number | string> = {}
let n = 0

const route = (handler: (r: Request) => Promise<Response>) => handler
const get = route(GET as never)
const post = route(POST as never)

beforeAll(async () => {
  hub = await startTestHub({ file: true })
  deptId = (await department(hub.payload, 'RSJ', '示范市人力资源和社会保障局')).id
  const channel = async (data: Record<string, unknown>) => (await hub.payload.create({ collection: 'channels', data: data as never })).id
  ids.website = await channel({ name: '政务服务网', kind: 'website' })
  ids.app = await channel({ name: '示范政务APP', kind: 'app', enableAPIKey: true, apiKey: APP })
  ids.kiosk = await channel({ name: '大厅自助终端', kind: 'kiosk', enableAPIKey: true, apiKey: KIOSK })
  await publish('社会保障卡申领', ['website', 'app', 'kiosk'])
  await publish('失业保险金申领', ['kiosk'])
  const withdrawn = await publish('就业困难人员认定', ['website', 'app', 'kiosk'])
  await hub.payload.update({ collection: 'service-guides', id: withdrawn.id, data: { _status: 'draft' } as never, context: { workflow: { action: 'withdraw', reason: '政策调整' } } })
  await drainOutbox(hub.payload)
}, 60_000)
afterAll(async () => {
  await hub?.close()
})

async function publish(title: string, targets: string[]) {
  n += 1
  return hub.payload.create({
    collection: 'service-guides',
    data: guideData(deptId, { code: `11370100MB0000120-GG-${String(n).padStart(3, '0')}`, itemType: 'public_service', title, targets, _status: 'published' }) as never,
    context: { workflow: { action: 'import' } },
  })
}

const auth = (key: string) => ({ authorization: `channels API-Key ${key}` })

function feedUrl(vars: Record<string, unknown> = {}, extra = '') {
  return `http://localhost/api/graphql?id=channelFeed&variables=${encodeURIComponent(JSON.stringify(vars))}${extra}`
}

/** GET through the route, noting whether the fast path answered. */
async function fetchGet(key: string, vars: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const before = fastFeedStats.answered + fastFeedStats.notModified
  const res = await get(new Request(feedUrl(vars), { headers: { ...auth(key), ...headers } }))
  const fast = fastFeedStats.answered + fastFeedStats.notModified > before
  return { res, fast, text: await res.text() }
}

/** The same query by POST, GraphQL all the way. */
async function postText(key: string, vars: Record<string, unknown> = {}) {
  const res = await post(
    new Request('http://localhost/api/graphql', {
      method: 'POST',
      headers: { ...auth(key), 'content-type': 'application/json' },
      body: JSON.stringify({ query: PERSISTED_QUERIES.channelFeed, variables: vars }),
    }),
  )
  return res.text()
}

const items = (text: string) => JSON.parse(text).data.channelFeed.items as Array<{ key: string; action: string; title: string; body: unknown }>

describe('channelFeed fast path (GET ?id=channelFeed)', () => {
  it('answers with the same bytes and headers as GraphQL, for full syncs, cursors, page sizes and tombstones', async () => {
    const full = await fetchGet(KIOSK)
    expect(full.fast).toBe(true)
    expect(full.res.status).toBe(200)
    expect(full.text).toBe(await postText(KIOSK))
    expect(items(full.text).map((i) => i.action).sort()).toEqual(['tombstone', 'upsert', 'upsert'])
    expect(items(full.text).find((i) => i.action === 'tombstone')!.body).toBeNull()

    const slow = cachedGraphQLGet(GRAPHQL_POST(Promise.resolve(hub.payload.config) as never) as never)
    const slowRes = await slow(new Request(feedUrl(), { headers: auth(KIOSK) }))
    expect(await slowRes.text()).toBe(full.text)
    expect([...full.res.headers]).toEqual([...slowRes.headers])

    const first = await fetchGet(KIOSK, { limit: 1 })
    expect(first.fast).toBe(true)
    expect(JSON.parse(first.text).data.channelFeed.hasMore).toBe(true)
    expect(first.text).toBe(await postText(KIOSK, { limit: 1 }))
    const since = JSON.parse(first.text).data.channelFeed.nextCursor
    for (const vars of [{ since, limit: 2 }, { since: null, limit: 0 }, { limit: 500 }, { since, limit: -3 }]) {
      const page = await fetchGet(KIOSK, vars)
      expect(page.fast).toBe(true)
      expect(page.text).toBe(await postText(KIOSK, vars))
    }
    const strict = await fetchGet(KIOSK, {}, { accept: 'application/graphql-response+json' })
    expect(strict.fast).toBe(true)
    expect(strict.res.headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8')
  })

  it('answers 304 to If-None-Match from the cache; a new delivery, even from another process, changes the ETag', async () => {
    const first = await fetchGet(KIOSK)
    const etag = first.res.headers.get('etag')!
    const again = await fetchGet(KIOSK, {}, { 'if-none-match': etag })
    expect(again.fast).toBe(true)
    expect(again.res.status).toBe(304)
    expect(again.text).toBe('')

    // A second Payload instance on the same database file: nothing in this process hears of it.
    const other = await startTestHub({ databaseUri: hub.databaseUri, isolated: true })
    try {
      await appendEntry(other.payload, {
        channelId: ids.kiosk,
        key: '11370100MB0000120-GG-900',
        docType: 'guide',
        docId: '900',
        action: 'upsert',
        version: '2026-01-01T00:00:00.000Z',
        title: '另一进程投递的指南',
        rendered: { title: '另一进程投递的指南', blocks: [] },
      })
    } finally {
      await other.close()
    }
    const changed = await fetchGet(KIOSK, {}, { 'if-none-match': etag })
    expect(changed.res.status).toBe(200)
    expect(changed.res.headers.get('etag')).not.toBe(etag)
    expect(items(changed.text).map((i) => i.title)).toContain('另一进程投递的指南')
    expect(changed.text).toBe(await postText(KIOSK))

    // An append to another channel leaves the kiosk's page (and its ETag) as it was.
    const kioskEtag = changed.res.headers.get('etag')!
    await publish('灵活就业人员参保登记', ['app'])
    await drainOutbox(hub.payload)
    const unchanged = await fetchGet(KIOSK, {}, { 'if-none-match': kioskEtag })
    expect(unchanged.res.status).toBe(304)
    const app = await fetchGet(APP)
    expect(items(app.text).map((i) => i.title)).toContain('灵活就业人员参保登记')
    expect(app.text).toBe(await postText(APP))
  })

  it('scopes every answer to the caller: another channel, a wrong key, no key', async () => {
    const kiosk = await fetchGet(KIOSK)
    const app = await fetchGet(APP, {}, { 'if-none-match': kiosk.res.headers.get('etag')! })
    expect(app.res.status).toBe(200)
    expect(items(app.text).map((i) => i.title)).not.toContain('失业保险金申领')
    expect(items(kiosk.text).map((i) => i.title)).toContain('失业保险金申领')
    expect(JSON.stringify(items(app.text))).not.toEqual(JSON.stringify(items(kiosk.text)))

    const wrong = await fetchGet('kiosk-feed-cache-000000000000000000000000000000000000000000000002')
    expect(wrong.fast).toBe(false)
    expect(JSON.parse(wrong.text).errors[0].message).toContain('API key')
    const none = await get(new Request(feedUrl()))
    expect((await none.json()).errors[0].message).toContain('API key')
  })

  it('refuses a disabled channel on the next request, and serves it again once enabled', async () => {
    const before = await fetchGet(KIOSK)
    expect(before.fast).toBe(true)
    await hub.payload.update({ collection: 'channels', id: ids.kiosk, data: { enabled: false } as never })
    const refused = await fetchGet(KIOSK, {}, { 'if-none-match': before.res.headers.get('etag')! })
    expect(refused.fast).toBe(false)
    expect(refused.res.status).not.toBe(304)
    const body = JSON.parse(refused.text)
    expect(body.data).toBeNull()
    expect(body.errors[0].message).toMatch(/已停用.*disabled/)
    await hub.payload.update({ collection: 'channels', id: ids.kiosk, data: { enabled: true } as never })
    expect((await fetchGet(KIOSK)).fast).toBe(true)
  })

  it('never shows a draft: a newer unpublished edition stays out of the feed', async () => {
    const guide = await publish('城乡居民养老保险参保登记', ['kiosk'])
    await drainOutbox(hub.payload)
    await hub.payload.update({ collection: 'service-guides', id: guide.id, draft: true, data: { title: '城乡居民养老保险参保登记（修订草稿）' } as never })
    await drainOutbox(hub.payload)
    const page = await fetchGet(KIOSK)
    expect(page.fast).toBe(true)
    expect(page.text).not.toContain('修订草稿')
    expect(page.text).toContain('城乡居民养老保险参保登记')
  })

  it('leaves bad and expired cursors to GraphQL: invalid cursor, CURSOR_EXPIRED (410) after compaction', async () => {
    const bad = await fetchGet(KIOSK, { since: 'nonsense' })
    expect(bad.fast).toBe(false)
    expect(JSON.parse(bad.text).errors[0].message).toMatch(/游标无效.*Invalid cursor/)

    // A full first page ignores later appends, but not a compaction that dropped its first row.
    const firstBefore = await fetchGet(KIOSK, { limit: 1 })
    const first = items(firstBefore.text)[0]
    await appendEntry(hub.payload, { channelId: ids.kiosk, key: first.key, docType: 'guide', docId: '1', action: 'upsert', version: 'v2', title: `${first.title}（新版）`, rendered: {} })
    expect((await fetchGet(KIOSK, { limit: 1 })).text).toBe(firstBefore.text)
    await compactFeeds(hub.payload)
    const firstAfter = await fetchGet(KIOSK, { limit: 1 })
    expect(firstAfter.fast).toBe(true)
    expect(firstAfter.text).not.toBe(firstBefore.text)
    expect(firstAfter.text).toBe(await postText(KIOSK, { limit: 1 }))

    const old = await fetchGet(KIOSK, { since: encodeCursor(1) })
    expect(old.fast).toBe(true)
    // Withdrawals older than retention are dropped and the floor rises above cursor 1.
    await compactFeeds(hub.payload, new Date(Date.now() + 40 * 24 * 3_600_000))
    const expired = await fetchGet(KIOSK, { since: encodeCursor(1) })
    expect(expired.fast).toBe(false)
    const error = JSON.parse(expired.text).errors[0]
    expect(error.extensions).toMatchObject({ statusCode: 410, data: { code: 'CURSOR_EXPIRED' } })
    expect(error.message).toContain('full resync')
    // Compaction removed rows: cached pages are recomputed, still equal to GraphQL's answer.
    const after = await fetchGet(KIOSK)
    expect(after.fast).toBe(true)
    expect(items(after.text).some((i) => i.action === 'tombstone')).toBe(false)
    expect(after.text).toBe(await postText(KIOSK))
  })

  it('gives the same answers with the adapter-neutral state reader (the MongoDB path)', async () => {
    const config = Promise.resolve(hub.payload.config)
    const neutral = cachedGraphQLGet(GRAPHQL_POST(config as never) as never, channelFeedFastPath(() => getPayload({ config }), { localApi: true }))
    const before = fastFeedStats.answered
    const res = await neutral(new Request(feedUrl({ limit: 2 }), { headers: auth(APP) }))
    expect(fastFeedStats.answered).toBe(before + 1)
    expect(await res.text()).toBe(await postText(APP, { limit: 2 }))
    const again = await neutral(new Request(feedUrl({ limit: 2 }), { headers: { ...auth(APP), 'if-none-match': res.headers.get('etag')! } }))
    expect(again.status).toBe(304)
    await hub.payload.update({ collection: 'channels', id: ids.app, data: { enabled: false } as never })
    const refused = await neutral(new Request(feedUrl({ limit: 2 }), { headers: auth(APP) }))
    expect((await refused.json()).errors[0].message).toMatch(/已停用/)
    await hub.payload.update({ collection: 'channels', id: ids.app, data: { enabled: true } as never })
  })

  it('a client syncing through the cache while appends are in flight misses no entry', async () => {
    const { payload } = hub
    let cursor = JSON.parse((await fetchGet(APP, { limit: 200 })).text).data.channelFeed.nextCursor as string
    const seen = new Set<string>()
    const keys = Array.from({ length: 24 }, (_, i) => `11370100MB0000121-GG-${String(i).padStart(3, '0')}`)
    const appends = Promise.all(
      keys.map((key, i) =>
        appendEntry(payload, { channelId: ids.app, key, docType: 'guide', docId: String(1000 + i), action: 'upsert', version: 'v1', title: key, rendered: { i } }),
      ),
    )
    let done = false
    void appends.then(() => (done = true))
    const sync = async () => {
      const page = JSON.parse((await fetchGet(APP, { since: cursor, limit: 200 })).text).data.channelFeed
      for (const i of page.items) seen.add(i.key)
      cursor = page.nextCursor
    }
    while (!done) await sync()
    await sync()
    expect(keys.filter((k) => !seen.has(k))).toEqual([])
  })
})
