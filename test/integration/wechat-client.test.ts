import { randomBytes } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import sharp from 'sharp'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'

import { assertArticleFits, rewriteImages } from '../../channels/wechat/article'
import { MemoryTokenStore, PUBLISH_STATUS, WeChatApiError, WeChatClient, WeChatNetworkError, type DraftArticle } from '../../channels/wechat/client'
import { openEncryptedBody, verifySignature } from '../../channels/wechat/crypto'
import { parseXml, publishEventFrom } from '../../channels/wechat/xml'
import { startFakeWeChat, type FakeWeChatOptions, type FakeWeChatServer } from '../fakes/wechat-server'

let cover: Buffer
let bigCover: Buffer
let inlinePng: Buffer
beforeAll(async () => {
  cover = await sharp({ create: { width: 900, height: 383, channels: 3, background: '#1f5fa8' } }).jpeg({ quality: 80 }).toBuffer()
  // Noise does not compress: a 600 x 600 JPEG of it is far over the 64 KB thumb limit.
  bigCover = await sharp(randomBytes(600 * 600 * 3), { raw: { width: 600, height: 600, channels: 3 } }).jpeg({ quality: 95 }).toBuffer()
  inlinePng = await sharp({ create: { width: 64, height: 64, channels: 4, background: '#ffffff' } }).png().toBuffer()
})

const servers: Array<{ close(): Promise<void> }> = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()))
})

let clock = Date.now()
async function setup(opts: FakeWeChatOptions = {}) {
  clock = Date.now()
  const now = () => clock
  const fake = await startFakeWeChat({ now, ...opts })
  servers.push(fake)
  const client = new WeChatClient({ appId: fake.appId, appSecret: fake.appSecret, apiBase: fake.url, now, timeoutMs: 3000 })
  return { fake, client }
}

async function failure(promise: Promise<unknown>): Promise<WeChatApiError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(err).toBeInstanceOf(WeChatApiError)
  return err as WeChatApiError
}

async function draftReady(client: WeChatClient, overrides: Partial<DraftArticle> = {}): Promise<DraftArticle> {
  const { media_id } = await client.uploadThumb(cover, 'cover.jpg')
  return { title: '居民身份证换领办事指南', author: '政务服务中心', digest: '材料、流程与时限', content: '<p>办理地点：一楼综合窗口</p>', content_source_url: 'https://zwfw.example.gov.cn/guides/id-card', thumb_media_id: media_id, ...overrides }
}

describe('access token', () => {
  it('is fetched once and shared by concurrent calls, then reused', async () => {
    const { fake, client } = await setup()
    await Promise.all(Array.from({ length: 8 }, (_, i) => client.uploadContentImage(inlinePng, `i${i}.png`, 'image/png')))
    await client.uploadContentImage(inlinePng, 'again.png', 'image/png')
    expect(fake.callCount('/cgi-bin/stable_token')).toBe(1)
    expect(fake.callCount('/cgi-bin/media/uploadimg')).toBe(9)
  })

  it('is renewed about five minutes before it expires', async () => {
    const { fake, client } = await setup({ tokenTtlSeconds: 7200 })
    const first = await client.accessToken()
    clock += (7200 - 360) * 1000
    expect(await client.accessToken()).toBe(first)
    expect(fake.callCount('/cgi-bin/stable_token')).toBe(1)
    clock += 120 * 1000
    const second = await client.accessToken()
    expect(second).not.toBe(first)
    expect(fake.callCount('/cgi-bin/stable_token')).toBe(2)
    // The renewed token lasts a full period again (stable_token issues a new one in the last 5 minutes).
    clock += 6500 * 1000
    await client.uploadContentImage(inlinePng, 'a.png', 'image/png')
    expect(fake.callCount('/cgi-bin/stable_token')).toBe(2)
  })

  it.each([
    ['invalidated (40001)', (f: FakeWeChatServer) => f.invalidateTokens()],
    ['expired (42001)', (f: FakeWeChatServer) => f.expireTokens()],
  ])('when %s: dropped, fetched again, the call retried once and it succeeds', async (_name, spoil) => {
    const { fake, client } = await setup()
    const draft = await draftReady(client)
    spoil(fake)
    const { media_id } = await client.addDraft([draft])
    expect(media_id).toMatch(/^DRAFT_/)
    expect(fake.callCount('/cgi-bin/draft/add')).toBe(2)
    expect(fake.callCount('/cgi-bin/stable_token')).toBe(2)
    expect(fake.tokensIssued).toBe(2)
    expect(fake.forceRefreshes).toBe(0)
  })

  it('refused for several calls at once: one new token for all of them', async () => {
    const { fake, client } = await setup()
    await client.accessToken()
    fake.invalidateTokens()
    await Promise.all(Array.from({ length: 5 }, (_, i) => client.uploadContentImage(inlinePng, `c${i}.png`, 'image/png')))
    expect(fake.callCount('/cgi-bin/media/uploadimg')).toBe(10)
    expect(fake.callCount('/cgi-bin/stable_token')).toBe(2)
  })

  it('is refreshed only once: a second token error is thrown, never a loop', async () => {
    const { fake, client } = await setup()
    await client.accessToken()
    fake.failNext('/cgi-bin/freepublish/get', 40001, 5)
    const err = await failure(client.getPublishStatus('1'))
    expect(err).toMatchObject({ errcode: 40001, kind: 'token', retryable: true })
    expect(fake.callCount('/cgi-bin/freepublish/get')).toBe(2)
    expect(fake.callCount('/cgi-bin/stable_token')).toBe(2)
    expect(fake.forceRefreshes).toBe(0)
  })

  it('can be shared between clients (processes) through a TokenStore', async () => {
    const { fake } = await setup()
    const store = new MemoryTokenStore()
    const make = () => new WeChatClient({ appId: fake.appId, appSecret: fake.appSecret, apiBase: fake.url, tokenStore: store, now: () => clock })
    await make().uploadContentImage(inlinePng, 'a.png', 'image/png')
    await make().uploadContentImage(inlinePng, 'b.png', 'image/png')
    expect(fake.callCount('/cgi-bin/stable_token')).toBe(1)
  })

  it('wrong credentials are not retryable', async () => {
    const { fake } = await setup()
    const client = new WeChatClient({ appId: fake.appId, appSecret: 'wrong', apiBase: fake.url })
    expect(await failure(client.accessToken())).toMatchObject({ errcode: 40125, kind: 'unauthorised', retryable: false })
  })
})

describe('errors', () => {
  it.each([
    [-1, 'busy', true, undefined],
    [45009, 'quota', false, undefined],
    [45011, 'rate', true, 60_000],
    [48001, 'unauthorised', false, undefined],
    [53503, 'publish_check', false, undefined],
    [99999, 'other', false, undefined],
  ] as const)('errcode %i -> %s, retryable %s', async (errcode, kind, retryable, retryAfterMs) => {
    const { fake, client } = await setup()
    fake.failNext('/cgi-bin/freepublish/submit', errcode)
    const err = await failure(client.submitPublish('DRAFT_x'))
    expect(err).toMatchObject({ errcode, kind, retryable, retryAfterMs, path: '/cgi-bin/freepublish/submit' })
    expect(err.message).toContain(String(errcode))
  })

  it.each(['refused', '503', 'reset'] as const)('server down (%s) -> retryable network error, then recovers', async (mode) => {
    const { fake, client } = await setup()
    await client.accessToken()
    await fake.down(mode)
    const err = await failure(client.uploadContentImage(inlinePng, 'a.png', 'image/png'))
    expect(err).toBeInstanceOf(WeChatNetworkError)
    expect(err).toMatchObject({ kind: 'network', retryable: true, errcode: null })
    if (mode === '503') expect((err as WeChatNetworkError).status).toBe(503)
    await fake.up()
    await expect(client.uploadContentImage(inlinePng, 'a.png', 'image/png')).resolves.toMatchObject({ url: expect.stringMatching(/^http:\/\/mmbiz\.qpic\.cn\//) })
  })

  it('a gateway error page (HTTP 502, not JSON) is a retryable network error', async () => {
    const { fake, client } = await setup()
    fake.failNextHttp('/cgi-bin/draft/delete', 502)
    expect(await failure(client.deleteDraft('x'))).toMatchObject({ kind: 'network', retryable: true, status: 502 })
  })
})

describe('publishing an article', () => {
  it('goes thumb -> uploadimg -> draft -> publish -> status -> withdraw', async () => {
    const { fake, client } = await setup()
    const { media_id: thumb, url: thumbUrl } = await client.uploadThumb(cover, 'cover.jpg')
    expect(thumbUrl).toMatch(/^http:\/\/mmbiz\.qpic\.cn\//)
    const body = '<h2>办理材料</h2><img src="/media/step1.png"><p>见图</p><img src="/media/step1.png"><script>alert(1)</script>'
    const { html } = await rewriteImages(body, async () => (await client.uploadContentImage(inlinePng, 'step1.png', 'image/png')).url)
    const article: DraftArticle = { title: '居民身份证换领办事指南', author: '政务服务中心', digest: '材料、流程与时限', content: html, content_source_url: 'https://zwfw.example.gov.cn/guides/id-card', thumb_media_id: thumb, need_open_comment: 1 }
    assertArticleFits(article)
    const { media_id } = await client.addDraft([article])
    const { publish_id } = await client.submitPublish(media_id)
    const status = await client.getPublishStatus(publish_id)
    expect(status).toMatchObject({ publish_id, publish_status: PUBLISH_STATUS.success, article_id: expect.any(String) })
    expect(status.article_urls).toHaveLength(1)
    expect(fake.callCount('/cgi-bin/media/uploadimg')).toBe(1)

    const live = fake.publishedArticles()
    expect(live).toHaveLength(1)
    expect(live[0]).toMatchObject({ title: article.title, url: status.article_urls![0], thumb_media_id: thumb })
    expect(live[0]!.content).not.toContain('<script>')
    expect(fake.drafts.has(media_id)).toBe(false)

    await client.deletePublished(status.article_id!)
    expect(fake.publishedArticles()).toHaveLength(0)
    expect((await client.getPublishStatus(publish_id)).publish_status).toBe(PUBLISH_STATUS.deletedByUser)
    await expect(client.deletePublished(status.article_id!)).resolves.toBeUndefined()
  })

  it('stays at status 1 until the platform finishes, and can be scripted to fail', async () => {
    const { fake, client } = await setup({ publishDelayMs: Infinity })
    const first = await client.submitPublish((await client.addDraft([await draftReady(client)])).media_id)
    expect((await client.getPublishStatus(first.publish_id)).publish_status).toBe(PUBLISH_STATUS.publishing)
    await fake.completePublish(first.publish_id)
    expect((await client.getPublishStatus(first.publish_id)).publish_status).toBe(PUBLISH_STATUS.success)

    fake.scriptPublish(4, [1])
    const second = await client.submitPublish((await client.addDraft([await draftReady(client)])).media_id)
    await fake.completePublish()
    expect(await client.getPublishStatus(second.publish_id)).toMatchObject({ publish_status: PUBLISH_STATUS.rejectedByReview, fail_idx: [1] })
    expect(fake.publishedArticles()).toHaveLength(1)
  })

  it('finishes after the configured delay by the clock', async () => {
    const { client } = await setup({ publishDelayMs: 60_000 })
    const { publish_id } = await client.submitPublish((await client.addDraft([await draftReady(client)])).media_id)
    expect((await client.getPublishStatus(publish_id)).publish_status).toBe(1)
    clock += 61_000
    expect((await client.getPublishStatus(publish_id)).publish_status).toBe(0)
  })

  it('updates and deletes drafts', async () => {
    const { fake, client } = await setup()
    const article = await draftReady(client)
    const { media_id } = await client.addDraft([article])
    await client.updateDraft(media_id, 0, { ...article, title: '新标题' })
    expect(fake.drafts.get(media_id)!.articles[0]!.title).toBe('新标题')
    expect(await failure(client.updateDraft(media_id, 0, { ...article, title: '长'.repeat(33) }))).toMatchObject({ errcode: 45003 })
    await client.deleteDraft(media_id)
    expect(await failure(client.submitPublish(media_id))).toMatchObject({ errcode: 40007, kind: 'invalid_media' })
  })
})

describe('what the fake refuses, like WeChat', () => {
  it.each([
    ['an external image URL', { content: '<p><img src="https://zwfw.example.gov.cn/a.jpg"></p>' }, 45166, /external images are not allowed/],
    ['a title over 32 characters', { title: '关'.repeat(33) }, 45003, /title size out of limit/],
    ['an author over 16 characters', { author: '作'.repeat(17) }, 45110, /author size/],
    ['a digest over 128 characters', { digest: '摘'.repeat(129) }, 45004, /description size/],
    ['content of 20,000 characters', { content: `<p>${'字'.repeat(19_993)}</p>` }, 45002, /content size/],
    ['a missing thumb_media_id', { thumb_media_id: '' }, 40007, /invalid media_id/],
    ['an unknown thumb_media_id', { thumb_media_id: 'THUMB_never_uploaded' }, 40007, /invalid media_id/],
    ['a content_source_url over 1 KB', { content_source_url: `https://x.cn/${'u'.repeat(1020)}` }, 45005, /url size/],
  ])('a draft with %s', async (_name, overrides, errcode, errmsg) => {
    const { fake, client } = await setup()
    const err = await failure(client.addDraft([await draftReady(client, overrides as Partial<DraftArticle>)]))
    expect(err).toMatchObject({ errcode, retryable: false })
    expect(err.errmsg).toMatch(errmsg)
    expect(fake.drafts.size).toBe(0)
  })

  it('a thumb that is not JPG or is over 64 KB, a content image over 1 MB', async () => {
    const { client } = await setup()
    expect(bigCover.length).toBeGreaterThan(64 * 1024)
    expect(await failure(client.uploadThumb(inlinePng, 'cover.png'))).toMatchObject({ errcode: 40005, kind: 'invalid_media' })
    expect(await failure(client.uploadThumb(bigCover, 'cover.jpg'))).toMatchObject({ errcode: 40006, kind: 'invalid_media' })
    const huge = Buffer.concat([bigCover, Buffer.alloc(1024 * 1024)])
    expect(await failure(client.uploadContentImage(huge, 'huge.jpg', 'image/jpeg'))).toMatchObject({ errcode: 45001 })
    expect(await failure(client.uploadContentImage(Buffer.from('GIF89a...'), 'a.gif', 'image/gif'))).toMatchObject({ errcode: 40005 })
  })
})

describe('customer-service messages', () => {
  it('are accepted for 48 hours after the user wrote, within the quota', async () => {
    const { fake, client } = await setup({ csQuota: 2 })
    fake.userMessaged('oUser_1', clock)
    await client.sendCustomText('oUser_1', '您反映的问题已受理。')
    expect(fake.customMessages).toEqual([expect.objectContaining({ touser: 'oUser_1', content: '您反映的问题已受理。' })])
    await client.sendCustomText('oUser_1', '第二条')
    expect(await failure(client.sendCustomText('oUser_1', '第三条'))).toMatchObject({ errcode: 45047, kind: 'cs_quota', retryable: false })
    fake.userMessaged('oUser_2', clock)
    clock += 48 * 3600_000 + 1000
    expect(await failure(client.sendCustomText('oUser_2', '太晚了'))).toMatchObject({ errcode: 45015, kind: 'cs_window', retryable: false })
  })
})

describe('PUBLISHJOBFINISH push', () => {
  it.each([false, true])('reaches the callback URL signed (encrypted: %s) as the documented event', async (encrypted) => {
    const received: Array<{ url: URL; body: string }> = []
    const receiver = http.createServer((req, res) => {
      let body = ''
      req.on('data', (c: Buffer) => (body += c.toString('utf8')))
      req.on('end', () => {
        received.push({ url: new URL(req.url!, 'http://x'), body })
        res.end('success')
      })
    })
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r))
    servers.push({ close: () => new Promise<void>((r) => receiver.close(() => r())) })
    const token = 'cbToken'
    const encodingAESKey = encrypted ? randomBytes(32).toString('base64').slice(0, 43) : undefined
    const { fake, client } = await setup({ callback: { url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/wechat`, token, encodingAESKey } })
    const { publish_id } = await client.submitPublish((await client.addDraft([await draftReady(client)])).media_id)
    await fake.completePublish(publish_id)
    expect(received).toHaveLength(1)
    const { url, body } = received[0]!
    expect(verifySignature(token, url.searchParams.get('timestamp')!, url.searchParams.get('nonce')!, url.searchParams.get('signature'))).toBe(true)
    const xml = encrypted
      ? openEncryptedBody(body, { timestamp: url.searchParams.get('timestamp'), nonce: url.searchParams.get('nonce'), msg_signature: url.searchParams.get('msg_signature') }, { token, encodingAESKeys: [encodingAESKey!], appId: fake.appId })
      : body
    const event = publishEventFrom(parseXml(xml))
    expect(event).toMatchObject({ publish_id, publish_status: 0, article_urls: [fake.publishedArticles()[0]!.url] })
    expect(fake.callbackResults).toEqual([{ status: 200, body: 'success', attempts: 1 }])
  })
})
