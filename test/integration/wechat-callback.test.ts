import { randomBytes } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import sharp from 'sharp'
import WXBizMsgCrypt from 'wechat-crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ChannelRecord } from '../../channels/types'
import { signature } from '../../channels/wechat/crypto'
import { receiveCallback } from '../../channels/wechat/receive'
import { parseMessage } from '../../channels/wechat/xml'
import { GET, POST } from '../../src/app/(payload)/api/wechat/callback/[channel]/route'
import { drainOutbox } from '../../src/publishing/outbox/worker'
import { openEncryptedReply, pushToCallback, readTextReply, signedRequest, userEventXml, userImageXml, userTextXml, userVoiceXml, type CallbackTarget } from '../fakes/wechat-callback'
import { FakeWeChatServer } from '../fakes/wechat-server'
import { department, guideData } from '../helpers/content'
import { startTestHub, type TestHub } from '../helpers/hub'

/**
 * The official account's callback URL through its Next route handlers: WeChat's side is played by
 * test/fakes (signatures and AES by the npm package wechat-crypto, never by channels/wechat).
 */

const PLAIN_TOKEN = 'plainModeToken2026'
const SAFE_TOKEN = 'safeModeToken2026'
const aesKey = () => randomBytes(32).toString('base64').slice(0, 43)
const SAFE_KEY = aesKey()

let hub: TestHub
let loop: { url: string; close: () => Promise<void> }
let plainFake: FakeWeChatServer
let safeFake: FakeWeChatServer
// The fakes push PUBLISHJOBFINISH here; the URLs are filled in once the channels exist.
const plainPush = { url: '', token: PLAIN_TOKEN }
const safePush = { url: '', token: SAFE_TOKEN, encodingAESKey: SAFE_KEY }
let plain: CallbackTarget & { id: number | string; account: string }
let safe: CallbackTarget & { id: number | string; account: string; encodingAESKey: string }
let deptId: number | string
let coverId: number | string

/** The route on a real HTTP server, so the fakes' pushes (fetch, 5 s timeout, 3 tries) reach it. */
async function serveRoute(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const c of req) chunks.push(c as Buffer)
    const channel = /^\/api\/wechat\/callback\/([^/?]+)/.exec(req.url ?? '')?.[1] ?? ''
    const request = new Request(`http://127.0.0.1${req.url}`, {
      method: req.method,
      headers: { 'content-type': String(req.headers['content-type'] ?? 'text/xml') },
      body: req.method === 'POST' ? Buffer.concat(chunks) : undefined,
    })
    const response = await (req.method === 'GET' ? GET : POST)(request, { params: Promise.resolve({ channel }) })
    res.writeHead(response.status, Object.fromEntries(response.headers.entries()))
    res.end(Buffer.from(await response.arrayBuffer()))
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  }
}

beforeAll(async () => {
  hub = await startTestHub()
  loop = await serveRoute()
  plainFake = await new FakeWeChatServer({ appId: 'wx0000000000plain', accountId: 'gh_plain0000001', publishDelayMs: Infinity, callback: plainPush }).listen()
  safeFake = await new FakeWeChatServer({ appId: 'wx00000000000safe', accountId: 'gh_safe00000001', publishDelayMs: Infinity, callback: safePush }).listen()
  const channel = async (name: string, fake: FakeWeChatServer, wechat: Record<string, string>) =>
    (await hub.payload.create({
      collection: 'channels',
      data: { name, kind: 'wechat', wechat: { appId: fake.appId, accountId: fake.accountId, appSecretInput: fake.appSecret, apiBase: fake.url, ...wechat } } as never,
    })).id
  const plainId = await channel('示范市政务公众号（明文）', plainFake, { tokenInput: PLAIN_TOKEN })
  const safeId = await channel('示范市政务公众号（安全模式）', safeFake, { tokenInput: SAFE_TOKEN, encodingAESKeyInput: SAFE_KEY })
  plain = { id: plainId, url: `${loop.url}/api/wechat/callback/${plainId}`, token: PLAIN_TOKEN, appId: plainFake.appId, account: plainFake.accountId }
  safe = { id: safeId, url: `${loop.url}/api/wechat/callback/${safeId}`, token: SAFE_TOKEN, appId: safeFake.appId, account: safeFake.accountId, encodingAESKey: SAFE_KEY }
  plainPush.url = plain.url
  safePush.url = safe.url
  deptId = (await department(hub.payload, 'GJJZX', '示范市住房公积金管理中心')).id
  const image = await sharp({ create: { width: 900, height: 383, channels: 3, background: '#1d4ed8' } }).jpeg().toBuffer()
  coverId = (await hub.payload.create({ collection: 'media', data: { alt: '公积金中心服务大厅' }, file: { data: image, mimetype: 'image/jpeg', name: 'hall.jpg', size: image.length } })).id
})
afterAll(async () => {
  await plainFake?.close()
  await safeFake?.close()
  await loop?.close()
  await hub?.close()
})

let msgSeq = 7_300_000_000_000_000_000n
const nextMsgId = () => String(++msgSeq)
const openid = (n: number) => `oWx_citizen_${String(n).padStart(4, '0')}`

/** Calls the route handler with the query and body WeChat would send (signed by wechat-crypto). */
async function call(target: CallbackTarget & { id: number | string }, body: string, query: URLSearchParams, method: 'GET' | 'POST' = 'POST') {
  const request = new Request(`${target.url}?${query}`, { method, headers: { 'content-type': 'text/xml' }, body: method === 'POST' ? body : undefined })
  const res = await (method === 'GET' ? GET : POST)(request, { params: Promise.resolve({ channel: String(target.id) }) })
  return { status: res.status, body: await res.text() }
}

async function post(target: CallbackTarget & { id: number | string }, xml: string, opts: { timestamp?: string } = {}) {
  const { query, body } = signedRequest(target, xml, opts)
  return call(target, body, query)
}

const feedbackCount = () => hub.payload.count({ collection: 'feedback', overrideAccess: true }).then((r) => r.totalDocs)

async function feedbackByMsgId(channelId: number | string, msgId: string) {
  const { docs } = await hub.payload.find({
    collection: 'feedback',
    where: { and: [{ clientId: { equals: msgId } }, { sourceChannel: { equals: channelId } }] },
    overrideAccess: true,
    depth: 0,
  })
  return docs as Array<Record<string, any>>
}

/** A passive text reply as WeChat takes it (test/fakes: not our parser), sent just now. */
function textReplyOf(xml: string) {
  const fields = readTextReply(xml)
  expect(Math.abs(Number(fields.CreateTime) - Date.now() / 1000)).toBeLessThan(600)
  return fields
}

describe('URL check (GET)', () => {
  const check = (target: typeof plain, sign: (timestamp: string, nonce: string) => string, timestamp = String(Math.floor(Date.now() / 1000))) => {
    const nonce = '1793460515'
    const query = new URLSearchParams({ signature: sign(timestamp, nonce), timestamp, nonce, echostr: '6318871093459627683' })
    return call(target, '', query, 'GET')
  }

  it('answers echostr as is when the signature is wechat-crypto\'s or our own', async () => {
    const sdk = new WXBizMsgCrypt(PLAIN_TOKEN, aesKey(), plain.appId)
    expect(await check(plain, (t, n) => sdk.getSignature(t, n, ''))).toEqual({ status: 200, body: '6318871093459627683' })
    expect(await check(plain, (t, n) => signature(PLAIN_TOKEN, t, n))).toEqual({ status: 200, body: '6318871093459627683' })
    // Safe mode changes nothing for the URL check of an official account: echostr comes back plain.
    expect(await check(safe, (t, n) => signature(SAFE_TOKEN, t, n))).toEqual({ status: 200, body: '6318871093459627683' })
  })

  it('refuses a wrong signature, another account\'s token, a stale timestamp and an unknown channel', async () => {
    const wrong = await check(plain, () => '0'.repeat(40))
    expect(wrong.status).toBe(403)
    expect(JSON.parse(wrong.body).errors[0]).toMatchObject({ field: 'signature', message: expect.stringMatching(/签名校验失败.* \/ signature does not match/) })
    expect((await check(plain, (t, n) => signature(SAFE_TOKEN, t, n))).status).toBe(403)
    const stale = await check(plain, (t, n) => signature(PLAIN_TOKEN, t, n), String(Math.floor(Date.now() / 1000) - 600))
    expect(stale.status).toBe(403)
    expect(JSON.parse(stale.body).errors[0].field).toBe('timestamp')
    const ts = String(Math.floor(Date.now() / 1000))
    const query = new URLSearchParams({ signature: signature(PLAIN_TOKEN, ts, '1'), timestamp: ts, nonce: '1', echostr: 'x' })
    expect((await call({ ...plain, id: '999999' }, '', query, 'GET')).status).toBe(404)
    expect((await call({ ...plain, id: '../1' }, '', query, 'GET')).status).toBe(404)
  })
})

describe('plain mode: a follower writes', () => {
  it('a text message with a phone number becomes one feedback item, masked, and the reply gives its case number', async () => {
    const msgId = nextMsgId()
    const createTime = Math.floor(Date.now() / 1000) - 2
    const text = '公积金提取审核一直不通过，麻烦回电13912345678，谢谢'
    const res = await post(plain, userTextXml({ account: plain.account, openid: openid(1), content: text, msgId, createTime }))
    expect(res.status).toBe(200)
    const reply = textReplyOf(res.body)
    expect(reply).toMatchObject({ ToUserName: openid(1), FromUserName: plain.account })
    const caseNo = /受理编号 (FK\d{14})/.exec(reply.Content!)?.[1]
    expect(reply.Content).toBe(`您的留言已收到，受理编号 ${caseNo}，我们将尽快答复。`)

    const [item, ...more] = await feedbackByMsgId(plain.id, msgId)
    expect(more).toHaveLength(0)
    expect(item).toMatchObject({
      caseNo,
      channel: 'wechat',
      kind: 'message',
      sourceChannel: plain.id,
      status: 'new',
      text,
      pii: true,
      contact: { openId: openid(1), replyVia: 'channel' },
      receivedAt: new Date(createTime * 1000).toISOString(),
    })
    expect(item.maskedText).not.toContain('13912345678')
    expect(item.maskedText).toContain('公积金提取审核一直不通过')
  })

  it('WeChat\'s retries of one MsgId (three posts, each signed afresh) store one item and answer the same case', async () => {
    const before = await feedbackCount()
    const msgId = nextMsgId()
    const xml = userTextXml({ account: plain.account, openid: openid(2), content: '大厅叫号机坏了', msgId })
    const replies = [await post(plain, xml), await post(plain, xml), await post(plain, xml)]
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200])
    expect(new Set(replies.map((r) => textReplyOf(r.body).Content)).size).toBe(1)
    expect(await feedbackCount()).toBe(before + 1)
    expect(await feedbackByMsgId(plain.id, msgId)).toHaveLength(1)
  })

  it('reaches the callback over HTTP the way WeChat posts (one try suffices)', async () => {
    const msgId = nextMsgId()
    const result = await pushToCallback(plain, userTextXml({ account: plain.account, openid: openid(3), content: '不动产登记能否预约周末办理？', msgId }))
    expect(result).toMatchObject({ status: 200, attempts: 1 })
    expect(textReplyOf(result.body).Content).toContain('受理编号 FK')
    expect(await feedbackByMsgId(plain.id, msgId)).toHaveLength(1)
  })

  it('a voice message keeps its recognised text and the voice; without recognition the voice alone', async () => {
    const msgId = nextMsgId()
    const res = await post(plain, userVoiceXml({ account: plain.account, openid: openid(4), mediaId: 'MEDIA_voice_001', format: 'amr', recognition: '我想问一下社保卡补办要多久', msgId }))
    expect(textReplyOf(res.body).Content).toContain('受理编号')
    const [item] = await feedbackByMsgId(plain.id, msgId)
    expect(item.text).toBe('我想问一下社保卡补办要多久')
    expect(item.attachments).toEqual([expect.objectContaining({ type: 'voice', mediaId: 'MEDIA_voice_001', contentType: 'audio/amr', recognition: '我想问一下社保卡补办要多久' })])

    const silent = nextMsgId()
    expect((await post(plain, userVoiceXml({ account: plain.account, openid: openid(4), mediaId: 'MEDIA_voice_002', msgId: silent }))).status).toBe(200)
    const [voiceOnly] = await feedbackByMsgId(plain.id, silent)
    expect(voiceOnly.text).toBe('')
    expect(voiceOnly.attachments).toEqual([expect.objectContaining({ type: 'voice', mediaId: 'MEDIA_voice_002' })])
  })

  it('an image becomes an attachment with its PicUrl and MediaId', async () => {
    const msgId = nextMsgId()
    const res = await post(plain, userImageXml({ account: plain.account, openid: openid(5), picUrl: 'http://mmbiz.qpic.cn/mmbiz_jpg/abc/0', mediaId: 'MEDIA_img_001', msgId }))
    expect(textReplyOf(res.body).Content).toContain('受理编号')
    const [item] = await feedbackByMsgId(plain.id, msgId)
    expect(item.attachments).toEqual([expect.objectContaining({ type: 'image', url: 'http://mmbiz.qpic.cn/mmbiz_jpg/abc/0', mediaId: 'MEDIA_img_001' })])
  })

  it('location and link messages are stored as text', async () => {
    const head = (type: string, msgId: string) =>
      `<xml><ToUserName><![CDATA[${plain.account}]]></ToUserName><FromUserName><![CDATA[${openid(6)}]]></FromUserName><CreateTime>${Math.floor(Date.now() / 1000)}</CreateTime><MsgType><![CDATA[${type}]]></MsgType>`
    const loc = nextMsgId()
    await post(plain, `${head('location', loc)}<Location_X>36.651216</Location_X><Location_Y>117.120098</Location_Y><Scale>15</Scale><Label><![CDATA[示范市政务服务中心东门]]></Label><MsgId>${loc}</MsgId></xml>`)
    expect((await feedbackByMsgId(plain.id, loc))[0]!.text).toBe('位置：示范市政务服务中心东门（纬度 36.651216，经度 117.120098）')
    const link = nextMsgId()
    await post(plain, `${head('link', link)}<Title><![CDATA[办事指南页面打不开]]></Title><Description><![CDATA[点了没反应]]></Description><Url><![CDATA[https://zwfw.example.cn/g/1]]></Url><MsgId>${link}</MsgId></xml>`)
    expect((await feedbackByMsgId(plain.id, link))[0]!.text).toBe('办事指南页面打不开\n点了没反应\nhttps://zwfw.example.cn/g/1')
  })

  it('subscribe gets the welcome reply; other events and unsupported types store nothing', async () => {
    const before = await feedbackCount()
    const welcome = await post(plain, userEventXml({ account: plain.account, openid: openid(7), event: 'subscribe' }))
    expect(textReplyOf(welcome.body)).toMatchObject({ ToUserName: openid(7), FromUserName: plain.account, Content: expect.stringContaining('感谢关注') })
    for (const event of ['unsubscribe', 'CLICK', 'VIEW']) {
      expect(await post(plain, userEventXml({ account: plain.account, openid: openid(7), event, eventKey: 'MENU_GUIDES' }))).toEqual({ status: 200, body: 'success' })
    }
    const odd = await post(plain, `<xml><ToUserName><![CDATA[${plain.account}]]></ToUserName><FromUserName><![CDATA[${openid(7)}]]></FromUserName><CreateTime>1</CreateTime><MsgType><![CDATA[miniprogrampage]]></MsgType><MsgId>${nextMsgId()}</MsgId></xml>`)
    expect(textReplyOf(odd.body).Content).toContain('暂不支持此类消息')
    expect(await feedbackCount()).toBe(before)
  })

  it('a text over the intake limit is refused in the reply, nothing stored', async () => {
    const before = await feedbackCount()
    const res = await post(plain, userTextXml({ account: plain.account, openid: openid(8), content: '长'.repeat(2001), msgId: nextMsgId() }))
    expect(res.status).toBe(200)
    expect(textReplyOf(res.body).Content).toMatch(/^留言未能受理：内容过长（最多 2000 字）/)
    expect(await feedbackCount()).toBe(before)
  })
})

describe('what is refused, storing nothing', () => {
  const xml = () => userTextXml({ account: plain.account, openid: openid(9), content: '伪造的留言', msgId: nextMsgId() })

  it('a wrong, missing or stale signature (403); malformed XML (400); an oversized body (413)', async () => {
    const before = await feedbackCount()
    const { query, body } = signedRequest(plain, xml())
    const forged = new URLSearchParams(query)
    forged.set('signature', signature('guessed-token', query.get('timestamp')!, query.get('nonce')!))
    expect((await call(plain, body, forged)).status).toBe(403)
    const unsigned = new URLSearchParams(query)
    unsigned.delete('signature')
    expect((await call(plain, body, unsigned)).status).toBe(403)
    const stale = await post(plain, xml(), { timestamp: String(Math.floor(Date.now() / 1000) - 301) })
    expect(stale.status).toBe(403)
    expect(JSON.parse(stale.body).errors[0].field).toBe('timestamp')

    const malformed = await post(plain, '<xml><MsgType><![CDATA[text]]></MsgType><Content>未闭合')
    expect(malformed.status).toBe(400)
    expect(JSON.parse(malformed.body).errors[0].message).toMatch(/消息不是有效的 XML \/ the body is not valid XML/)
    expect((await post(plain, '<!DOCTYPE xml [<!ENTITY x SYSTEM "file:///etc/passwd">]><xml><Content>&x;</Content></xml>')).status).toBe(400)
    expect((await post(plain, '<xml><Content><![CDATA[没有类型]]></Content></xml>')).status).toBe(400)
    const big = await post(plain, `<xml><MsgType>text</MsgType><Content>${'x'.repeat(70 * 1024)}</Content></xml>`)
    expect(big.status).toBe(413)
    expect(await feedbackCount()).toBe(before)
  })

  it('only GET and POST; a disabled channel is not found', async () => {
    const { query, body } = signedRequest(plain, xml())
    const put = await POST(new Request(`${plain.url}?${query}`, { method: 'PUT', body }), { params: Promise.resolve({ channel: String(plain.id) }) })
    expect(put.status).toBe(405)
    const off = await hub.payload.create({ collection: 'channels', data: { name: '停用的公众号', kind: 'wechat', enabled: false, wechat: { appId: 'wxoff', tokenInput: PLAIN_TOKEN } } as never })
    expect((await call({ ...plain, id: off.id }, body, query)).status).toBe(404)
  })
})

describe('safe mode (AES): messages encrypted by wechat-crypto', () => {
  it('is decrypted and stored; the reply is encrypted and opens with wechat-crypto', async () => {
    const msgId = nextMsgId()
    const res = await post(safe, userTextXml({ account: safe.account, openid: openid(10), content: '社保卡挂失后多久能补好？', msgId }))
    expect(res.status).toBe(200)
    expect(res.body).not.toContain('社保卡')
    expect(Object.keys(parseMessage(res.body)).sort()).toEqual(['Encrypt', 'MsgSignature', 'Nonce', 'TimeStamp'])
    const reply = textReplyOf(openEncryptedReply(safe, res.body))
    expect(reply).toMatchObject({ ToUserName: openid(10), FromUserName: safe.account })
    const [item] = await feedbackByMsgId(safe.id, msgId)
    expect(item).toMatchObject({ text: '社保卡挂失后多久能补好？', sourceChannel: safe.id, contact: { openId: openid(10) } })
    expect(reply.Content).toContain(`受理编号 ${item.caseNo}`)
  })

  it('refuses a tampered Encrypt, another account\'s ciphertext, a missing msg_signature and a plain body', async () => {
    const before = await feedbackCount()
    const xml = userTextXml({ account: safe.account, openid: openid(11), content: '篡改测试', msgId: nextMsgId() })
    const { query, body } = signedRequest(safe, xml)
    const encrypted = /<Encrypt><!\[CDATA\[([^\]]+)]]>/.exec(body)![1]!
    const flipped = encrypted.slice(0, 40) + (encrypted[40] === 'A' ? 'B' : 'A') + encrypted.slice(41)
    const tampered = await call(safe, body.replace(encrypted, flipped), query)
    expect(tampered.status).toBe(403)
    expect(JSON.parse(tampered.body).errors[0].field).toBe('msg_signature')

    // Signed correctly with our token and key, but encrypted for another AppID.
    const other = signedRequest({ ...safe, appId: 'wx_someone_else' }, xml)
    const foreign = await call(safe, other.body, other.query)
    expect(foreign.status).toBe(403)
    expect(JSON.parse(foreign.body).errors[0].field).toBe('Encrypt')

    const noMsgSig = new URLSearchParams(query)
    noMsgSig.delete('msg_signature')
    expect((await call(safe, body, noMsgSig)).status).toBe(403)
    // A downgrade to plain mode: the query is validly signed but the body is not encrypted.
    const downgrade = signedRequest({ ...safe, encodingAESKey: undefined }, xml)
    expect((await call(safe, downgrade.body, downgrade.query)).status).toBe(403)
    expect(await feedbackCount()).toBe(before)
  })

  it('during a key rotation, messages under the previous key still open; replies use the current key', async () => {
    const previous = aesKey()
    const record = (await hub.payload.findByID({ collection: 'channels', id: safe.id, overrideAccess: true, showHiddenFields: true })) as unknown as ChannelRecord
    const channel = { ...record, wechat: { ...record.wechat, encodingAESKeyPrevious: previous } } as ChannelRecord
    const msgId = nextMsgId()
    const { query, body } = signedRequest({ ...safe, encodingAESKey: previous }, userTextXml({ account: safe.account, openid: openid(12), content: '轮换密钥期间的留言', msgId }))
    const res = await receiveCallback(new Request(`${safe.url}?${query}`, { method: 'POST', body }), { payload: hub.payload, channel })
    expect(res.status).toBe(200)
    expect(textReplyOf(openEncryptedReply(safe, await res.text())).Content).toContain('受理编号')
    expect(await feedbackByMsgId(safe.id, msgId)).toHaveLength(1)
  })
})

describe('when the message cannot be stored', () => {
  it.skipIf(!!process.env.MONGODB_URI)('answers 500 and acknowledges nothing, so WeChat retries; the retry is stored once (SQLite)', async () => {
    const mediaDir = process.env.MEDIA_DIR
    const other = await startTestHub({ isolated: true })
    // startTestHub points MEDIA_DIR at the new hub's folder; the main hub's covers live in the old one.
    process.env.MEDIA_DIR = mediaDir
    try {
      const record = await other.payload.create({ collection: 'channels', data: { name: '公众号', kind: 'wechat', wechat: { appId: plain.appId, tokenInput: PLAIN_TOKEN } } as never })
      const channel = (await other.payload.findByID({ collection: 'channels', id: record.id, overrideAccess: true, showHiddenFields: true })) as unknown as ChannelRecord
      const xml = userTextXml({ account: plain.account, openid: openid(13), content: '数据库故障时的留言', msgId: nextMsgId() })
      const send = () => {
        const { query, body } = signedRequest(plain, xml)
        return receiveCallback(new Request(`${plain.url}?${query}`, { method: 'POST', body }), { payload: other.payload, channel })
      }
      // The feedback table is gone (a real database error, not a stub): the insert fails.
      const db = (other.payload.db as unknown as { client: { execute: (sql: string) => Promise<unknown> } }).client
      await db.execute('ALTER TABLE feedback RENAME TO feedback_offline')
      const down = await send()
      expect(down.status).toBe(500)
      const text = await down.text()
      expect(text).not.toContain('受理编号')
      expect(JSON.parse(text).errors[0].message).toContain('消息未能保存')
      await db.execute('ALTER TABLE feedback_offline RENAME TO feedback')
      const retry = await send()
      expect(retry.status).toBe(200)
      expect(textReplyOf(await retry.text()).Content).toContain('受理编号')
      expect((await other.payload.count({ collection: 'feedback', overrideAccess: true })).totalDocs).toBe(1)
    } finally {
      await other.close()
    }
  })
})

describe('PUBLISHJOBFINISH settles the WeChat delivery', () => {
  let seq = 0
  async function publishGuide(title: string) {
    seq += 1
    const guide = await hub.payload.create({
      collection: 'service-guides',
      data: guideData(deptId, { code: `11370100MB0000105-GG-${String(seq).padStart(3, '0')}`, itemType: 'public_service', title, channelOverrides: { cover: coverId }, _status: 'published' }) as never,
      context: { workflow: { action: 'import' } },
    })
    await drainOutbox(hub.payload)
    return guide
  }
  const deliveryOf = async (docId: number | string, channelId: number | string) =>
    (await hub.payload.find({ collection: 'deliveries', where: { and: [{ docId: { equals: String(docId) } }, { channel: { equals: channelId } }] }, depth: 0 })).docs[0] as Record<string, any>
  /** The outbox's next run (a clock tick or a kick), each a minute later: past every poll delay. */
  let runs = 0
  const outboxRuns = () => drainOutbox(hub.payload, new Date(Date.now() + 60_000 * ++runs))
  const stateOf = (d: Record<string, any>) => ({ status: d.status, externalId: d.externalId, lastError: d.lastError, progress: d.progress, updatedAt: d.updatedAt, attempts: d.attempts })

  it('success: the pushed event (safe mode) makes the delivery delivered without asking freepublish/get; later polls and repeats change nothing', async () => {
    const guide = await publishGuide('住房公积金租房提取')
    const pending = await deliveryOf(guide.id, safe.id)
    expect(pending.status).toBe('pending')
    const publishId = pending.progress.publishId as string
    const asked = safeFake.callCount('/cgi-bin/freepublish/get')

    await safeFake.completePublish(publishId)
    expect(safeFake.callbackResults.at(-1)).toEqual({ status: 200, body: 'success', attempts: 1 })
    await outboxRuns()
    const delivered = await deliveryOf(guide.id, safe.id)
    const article = safeFake.publishedArticles().find((a) => a.publish_id === publishId)!
    expect(delivered).toMatchObject({ status: 'delivered', externalId: article.article_id, lastError: null })
    expect(delivered.progress.articleUrl).toBe(article.url)
    expect(safeFake.callCount('/cgi-bin/freepublish/get')).toBe(asked)

    await outboxRuns()
    const again = await pushToCallback(safe, safeFake.publishEventXml(safeFake.jobs.get(publishId)!))
    expect(again).toMatchObject({ status: 200, body: 'success' })
    await outboxRuns()
    expect(stateOf(await deliveryOf(guide.id, safe.id))).toEqual(stateOf(delivered))
    expect(safeFake.callCount('/cgi-bin/freepublish/get')).toBe(asked)
  })

  it('failure: a rejected publication makes the delivery dead with the reason, without polling', async () => {
    safeFake.scriptPublish(4, [1])
    const guide = await publishGuide('住房公积金退休提取')
    const publishId = (await deliveryOf(guide.id, safe.id)).progress.publishId as string
    const asked = safeFake.callCount('/cgi-bin/freepublish/get')
    await safeFake.completePublish(publishId)
    await outboxRuns()
    const dead = await deliveryOf(guide.id, safe.id)
    expect(dead.status).toBe('dead')
    expect(dead.lastError).toMatch(/平台审核不通过 \/ rejected by platform review/)
    expect(safeFake.callCount('/cgi-bin/freepublish/get')).toBe(asked)
    await outboxRuns()
    expect(stateOf(await deliveryOf(guide.id, safe.id))).toEqual(stateOf(dead))
  })

  it('event after the poll: the poll settled it first, the late event changes nothing', async () => {
    const guide = await publishGuide('住房公积金贷款申请')
    const publishId = (await deliveryOf(guide.id, safe.id)).progress.publishId as string
    safePush.url = 'http://127.0.0.1:9/unreachable'
    try {
      await safeFake.completePublish(publishId)
    } finally {
      safePush.url = safe.url
    }
    const asked = safeFake.callCount('/cgi-bin/freepublish/get')
    await outboxRuns()
    expect(safeFake.callCount('/cgi-bin/freepublish/get')).toBe(asked + 1)
    const polled = await deliveryOf(guide.id, safe.id)
    expect(polled.status).toBe('delivered')
    const late = await pushToCallback(safe, safeFake.publishEventXml(safeFake.jobs.get(publishId)!))
    expect(late).toMatchObject({ status: 200, body: 'success' })
    await outboxRuns()
    expect(stateOf(await deliveryOf(guide.id, safe.id))).toEqual(stateOf(polled))
  })

  it('plain mode: the body is unsigned, so an event is only a nudge and a forged failure cannot kill a delivery', async () => {
    const guide = await publishGuide('住房公积金缴存基数调整')
    const publishId = (await deliveryOf(guide.id, plain.id)).progress.publishId as string
    const forged = `<xml><ToUserName><![CDATA[${plain.account}]]></ToUserName><FromUserName><![CDATA[mphelper]]></FromUserName><CreateTime>${Math.floor(Date.now() / 1000)}</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[PUBLISHJOBFINISH]]></Event><PublishEventInfo><publish_id>${publishId}</publish_id><publish_status>4</publish_status><fail_idx>1</fail_idx></PublishEventInfo></xml>`
    expect(await post(plain, forged)).toEqual({ status: 200, body: 'success' })
    await outboxRuns()
    expect((await deliveryOf(guide.id, plain.id)).status).toBe('pending')

    const asked = plainFake.callCount('/cgi-bin/freepublish/get')
    await plainFake.completePublish(publishId)
    expect(plainFake.callbackResults.at(-1)).toEqual({ status: 200, body: 'success', attempts: 1 })
    await outboxRuns()
    // Settled by asking WeChat (the other guides' plain-mode deliveries are still being polled too).
    expect(plainFake.callCount('/cgi-bin/freepublish/get')).toBeGreaterThan(asked)
    const article = plainFake.publishedArticles().find((a) => a.publish_id === publishId)!
    expect(await deliveryOf(guide.id, plain.id)).toMatchObject({ status: 'delivered', externalId: article.article_id })
  })
})
