import { spawn, type ChildProcess } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import sharp from 'sharp'

import { drainOutbox } from '../../src/publishing/outbox/worker'
import { FakeWeChatServer } from '../fakes/wechat-server'
import { department, guideData } from '../helpers/content'
import { startTestHub, type TestHub } from '../helpers/hub'

let hub: TestHub
let wechat: FakeWeChatServer
const GUIDES = 6

beforeAll(async () => {
  hub = await startTestHub({ file: true })
  wechat = await new FakeWeChatServer({ publishDelayMs: 30 }).listen()
  const dept = (await department(hub.payload, 'SWJ', '示范市税务局')).id
  const image = await sharp({ create: { width: 900, height: 400, channels: 3, background: '#0f766e' } }).jpeg().toBuffer()
  const cover = (await hub.payload.create({ collection: 'media', data: { alt: '办税服务厅' }, file: { data: image, mimetype: 'image/jpeg', name: 'tax.jpg', size: image.length } })).id
  await hub.payload.create({ collection: 'channels', data: { name: '自助终端', kind: 'kiosk' } as never })
  await hub.payload.create({ collection: 'channels', data: { name: '公众号', kind: 'wechat', wechat: { appId: wechat.appId, appSecretInput: wechat.appSecret, apiBase: wechat.url } } as never })
  for (let i = 1; i <= GUIDES; i++) {
    await hub.payload.create({
      collection: 'service-guides',
      data: guideData(dept, { code: `11370100MB0000110-GG-00${i}`, itemType: 'public_service', title: `办税指南第${i}号`, channelOverrides: { cover }, _status: 'published' }) as never,
      context: { workflow: { action: 'import' } },
    })
  }
}, 60_000)
afterAll(async () => {
  await wechat?.close()
  await hub?.close()
})

/** Starts a second hub process that works the outbox; retried when Node dies while loading (exit 13). */
async function startWorker(file: string): Promise<ChildProcess> {
  for (let attempt = 1; attempt <= 5; attempt++) {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/fakes/outbox-worker.ts', file], { stdio: ['ignore', 'pipe', 'pipe'] })
    const ready = await new Promise<boolean>((resolve) => {
      child.stdout!.on('data', (d: Buffer) => d.toString().includes('ready') && resolve(true))
      child.on('exit', () => resolve(false))
    })
    if (ready) return child
  }
  throw new Error('worker process did not start')
}

async function until(check: () => boolean, ms = 30_000) {
  const end = Date.now() + ms
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 10))
  }
}

describe('a hub process killed mid-delivery', () => {
  it('after restart, every guide is delivered once: no lost delivery, no second WeChat article', async () => {
    const worker = await startWorker(hub.databaseUri.replace(/^file:/, ''))
    await until(() => wechat.callCount('/cgi-bin/draft/add') >= 2)
    worker.kill('SIGKILL')
    await new Promise((r) => worker.once('exit', r))
    const before = wechat.callCount('/cgi-bin/draft/add')
    expect(before).toBeLessThan(GUIDES)

    // The restarted hub: 'sending' rows of the dead process are reclaimed once stale.
    for (let i = 0; i < 8; i++) {
      await drainOutbox(hub.payload, new Date(Date.now() + 3 * 60_000 + i * 3_600_000))
      await new Promise((r) => setTimeout(r, 60))
    }
    const { docs } = await hub.payload.find({ collection: 'deliveries', pagination: false })
    expect(docs).toHaveLength(GUIDES * 2)
    const articles = wechat.publishedArticles()
    for (let i = 1; i <= GUIDES; i++) {
      expect(articles.filter((a) => a.title === `办税指南第${i}号`).length).toBeLessThanOrEqual(1)
    }
    for (const d of docs) {
      if (d.status === 'delivered') continue
      // The one window nothing can close without freepublish/batchget: killed between submit and
      // saving its answer. The delivery stops for a person instead of risking a second article.
      expect(d.status).toBe('dead')
      expect(String(d.lastError)).toContain('submit outcome unknown')
    }
    const delivered = docs.filter((d) => d.channelKind === 'wechat' && d.status === 'delivered').length
    expect(articles.length).toBeGreaterThanOrEqual(delivered)
    expect(docs.filter((d) => d.channelKind === 'kiosk').every((d) => d.status === 'delivered')).toBe(true)
  }, 90_000)
})
