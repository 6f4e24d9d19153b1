import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MAX_ATTEMPTS } from '../../src/publishing/outbox/backoff'
import { processDue } from '../../src/publishing/outbox/worker'
import { FakeWeChatServer } from '../fakes/wechat-server'
import { department, guideData } from '../helpers/content'
import { startTestHub, type TestHub } from '../helpers/hub'
import { startSmtpListener } from '../helpers/smtp'

let hub: TestHub
let wechat: FakeWeChatServer
let smtp: Awaited<ReturnType<typeof startSmtpListener>>
let dept: number | string
let cover: number | string
let seq = 0

beforeAll(async () => {
  process.env.ALERT_EMAIL = 'ops@example.cn'
  smtp = await startSmtpListener()
  hub = await startTestHub({ smtpUrl: smtp.url })
  wechat = await new FakeWeChatServer().listen()
  dept = (await department(hub.payload, 'MZJ', '示范市民政局')).id
  const image = await sharp({ create: { width: 900, height: 400, channels: 3, background: '#b91c1c' } }).jpeg().toBuffer()
  cover = (await hub.payload.create({ collection: 'media', data: { alt: '婚姻登记处' }, file: { data: image, mimetype: 'image/jpeg', name: 'mz.jpg', size: image.length } })).id
  await hub.payload.create({ collection: 'channels', data: { name: '自助终端', kind: 'kiosk' } as never })
  await hub.payload.create({ collection: 'channels', data: { name: '公众号', kind: 'wechat', wechat: { appId: wechat.appId, appSecretInput: wechat.appSecret, apiBase: wechat.url } } as never })
})
afterAll(async () => {
  delete process.env.ALERT_EMAIL
  await wechat?.close()
  await hub?.close()
  await smtp?.close()
})

async function publish(title: string) {
  seq += 1
  return hub.payload.create({
    collection: 'service-guides',
    data: guideData(dept, { code: `11370100MB0000111-GG-00${seq}`, itemType: 'public_service', title, channelOverrides: { cover }, _status: 'published' }) as never,
    context: { workflow: { action: 'import' } },
  })
}

const rows = async (docId: number | string) =>
  (await hub.payload.find({ collection: 'deliveries', where: { docId: { equals: String(docId) } }, pagination: false })).docs as Array<Record<string, any>>

/** Steps the clock one backoff at a time, so each retry really happens. */
async function runFor(hours: number) {
  for (let h = 0; h <= hours; h++) await processDue(hub.payload, new Date(Date.now() + h * 3_600_000))
}

describe('delivery faults', () => {
  it('WeChat busy (-1) is retried with backoff, then dead with a clear error and an alert mail; the kiosk is unaffected', async () => {
    wechat.failNext('/cgi-bin/material/add_material', -1, MAX_ATTEMPTS)
    const guide = await publish('结婚登记预约')
    await processDue(hub.payload)
    const first = (await rows(guide.id)).find((d) => d.channelKind === 'wechat')!
    expect(first.status).toBe('failed')
    expect(Date.parse(first.nextAttemptAt)).toBeGreaterThan(Date.now())
    await runFor(MAX_ATTEMPTS + 2)
    const all = await rows(guide.id)
    const wx = all.find((d) => d.channelKind === 'wechat')!
    expect(wx.status).toBe('dead')
    expect(wx.attempts).toBe(MAX_ATTEMPTS)
    expect(wx.lastError).toMatch(/-1/)
    expect(all.find((d) => d.channelKind === 'kiosk')!.status).toBe('delivered')
    await new Promise((r) => setTimeout(r, 200))
    const mail = smtp.mails.find((m) => m.subject?.includes('结婚登记预约'))
    expect(mail?.subject).toContain('投递失败')
    expect(mail?.text).toContain('重试')
    expect((mail?.to as { text: string }).text).toContain('ops@example.cn')
  })

  it('WeChat down: the delivery waits and retries, and succeeds once the platform is back', async () => {
    await wechat.down('refused')
    const guide = await publish('离婚登记预约')
    await processDue(hub.payload)
    expect((await rows(guide.id)).find((d) => d.channelKind === 'wechat')!.status).toBe('failed')
    await wechat.up()
    await runFor(3)
    await new Promise((r) => setTimeout(r, 50))
    await runFor(3)
    expect((await rows(guide.id)).find((d) => d.channelKind === 'wechat')!.status).toBe('delivered')
    expect(wechat.publishedArticles().filter((a) => a.title === '离婚登记预约')).toHaveLength(1)
  })
})
