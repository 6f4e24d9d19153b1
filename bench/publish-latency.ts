/**
 * Publish-to-delivered latency of one guide on all four channels: website, app and kiosk feeds
 * (website and app also post their signed webhook to a receiver on loopback) and WeChat against
 * the protocol fake (test/fakes/wechat-server.ts) on loopback. Each run publishes one approved
 * guide the way a reviewer does (workflow action `publish`) and waits for every channel.
 * Baseline in the same run: the same publish with every channel disabled (the save alone).
 *
 * Usage: npx tsx bench/publish-latency.ts [--runs 50] [--wal | --wal=normal]
 * Also exports the bench hub that bench/republish.ts uses.
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import sharp from 'sharp'
import { buildConfig, getPayload, type Payload } from 'payload'

import type { ChannelKind } from '../channels/kinds'
import { hubConfig } from '../src/config/hubConfig'
import { processDue } from '../src/publishing/outbox/worker'
import { FakeWeChatServer } from '../test/fakes/wechat-server'
import { guideData } from '../test/helpers/content'

export type WalMode = 'FULL' | 'NORMAL'

/** `--wal` (synchronous FULL) or `--wal=normal` on the command line. */
export function walArg(): WalMode | undefined {
  const arg = process.argv.find((a) => a === '--wal' || a.startsWith('--wal='))
  if (!arg) return undefined
  return arg.split('=')[1]?.toUpperCase() === 'NORMAL' ? 'NORMAL' : 'FULL'
}

export const walLabel = (wal?: WalMode) => (wal ? `, SQLite WAL + synchronous=${wal}` : ', SQLite rollback journal (the default)')

/** When each channel's delivery of one document reached a state (performance.now() ms). */
export interface Reached {
  delivered: Partial<Record<ChannelKind, number>>
  /** WeChat accepted freepublish/submit (the delivery is pending until the job is polled done). */
  accepted?: number
  /** Webhooks received by the app's / website's backend. */
  webhook: Partial<Record<ChannelKind, number>>
}

export interface PublishBench {
  payload: Payload
  wechat: FakeWeChatServer
  deptId: number | string
  coverId: number | string
  reached: Map<string, Reached>
  /** Resolves once `check` holds for the guide with this code (checked on every delivery change). */
  until: (code: string, check: (r: Reached) => boolean) => Promise<Reached>
  setChannelsEnabled: (enabled: boolean) => Promise<void>
  close: () => Promise<void>
}

/**
 * A hub on a temporary SQLite file, the WeChat fake, a webhook receiver, one channel of each kind.
 * `wal`: put the bench's database in WAL mode (synchronous FULL, as Payload's `wal: true` does, or
 * NORMAL), to measure what that setting of src/config/database.ts would change; the hub's own
 * default is SQLite's rollback journal.
 */
export async function openPublishBench(name: string, opts: { wal?: WalMode } = {}): Promise<PublishBench> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `omnihub-${name}-`))
  process.env.MEDIA_DIR = path.join(dir, 'media')
  const reached = new Map<string, Reached>()
  const waiters = new Set<() => void>()
  const entry = (code: string) => {
    let r = reached.get(code)
    if (!r) reached.set(code, (r = { delivered: {}, webhook: {} }))
    return r
  }
  const notify = () => waiters.forEach((w) => w())

  const config = hubConfig({ databaseUri: `file:${path.join(dir, 'hub.db')}`, secret: 'bench-secret' })
  const payload = await getPayload({ config: await buildConfig(config), key: `${name}-${process.pid}` })

  // Observes delivery rows where the outbox writes them (the database adapter; see
  // src/publishing/outbox/worker.ts): bench-only instrumentation of this process's adapter.
  const rows = new Map<string, { key: string; kind: ChannelKind }>()
  const db = payload.db
  const create = db.create.bind(db)
  db.create = (async (args: Parameters<typeof create>[0]) => {
    const doc = await create(args)
    if (args.collection === 'deliveries') rows.set(String(doc.id), { key: String(doc.key), kind: doc.channelKind as ChannelKind })
    return doc
  }) as typeof create
  const updateOne = db.updateOne.bind(db)
  db.updateOne = (async (args: Parameters<typeof updateOne>[0]) => {
    const result = await updateOne(args)
    const row = args.collection === 'deliveries' ? rows.get(String(args.id)) : undefined
    const status = (args.data as { status?: string }).status
    if (row && status) {
      const r = entry(row.key)
      if (status === 'delivered') r.delivered[row.kind] ??= performance.now()
      if (status === 'pending' && row.kind === 'wechat') r.accepted ??= performance.now()
      notify()
    }
    return result
  }) as typeof updateOne
  if (opts.wal) {
    const client = (payload.db as unknown as { client: { execute: (sql: string) => Promise<unknown> } }).client
    await client.execute('PRAGMA journal_mode = WAL')
    await client.execute(`PRAGMA synchronous = ${opts.wal}`)
  }

  const wechat = await new FakeWeChatServer().listen()
  const receiver = http.createServer(async (req, res) => {
    let body = ''
    for await (const c of req) body += c
    const event = JSON.parse(body) as { key: string }
    const r = entry(event.key)
    r.webhook[req.url === '/app' ? 'app' : 'website'] ??= performance.now()
    notify()
    res.writeHead(204).end()
  })
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r))
  const hook = (p: string) => ({ url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}${p}`, secretInput: 'bench-webhook-secret' })
  payload.logger.level = 'warn'

  const deptId = (await payload.create({ collection: 'departments', data: { code: 'BENCH', name: '示范市政务服务管理局' } })).id
  const image = await sharp({ create: { width: 900, height: 400, channels: 3, background: '#1d4ed8' } }).jpeg().toBuffer()
  const coverId = (await payload.create({ collection: 'media', data: { alt: '政务服务大厅' }, file: { data: image, mimetype: 'image/jpeg', name: 'hall.jpg', size: image.length } })).id
  const channelIds: Array<number | string> = []
  const add = async (data: Record<string, unknown>) => channelIds.push((await payload.create({ collection: 'channels', data: data as never })).id)
  await add({ name: '政务服务网', kind: 'website', webhook: hook('/website') })
  await add({ name: '示范政务APP', kind: 'app', webhook: hook('/app') })
  await add({ name: '大厅自助终端', kind: 'kiosk' })
  await add({ name: '示范市政务公众号', kind: 'wechat', wechat: { appId: wechat.appId, appSecretInput: wechat.appSecret, apiBase: wechat.url } })

  const bench: PublishBench = {
    payload,
    wechat,
    deptId,
    coverId,
    reached,
    until: (code, check) =>
      new Promise((resolve) => {
        const test = () => {
          const r = reached.get(code)
          if (r && check(r)) {
            waiters.delete(test)
            resolve(r)
          }
        }
        waiters.add(test)
        test()
      }),
    setChannelsEnabled: async (enabled) => {
      for (const id of channelIds) await payload.update({ collection: 'channels', id, data: { enabled } as never, depth: 0 })
    },
    close: async () => {
      await wechat.close()
      await new Promise<void>((r) => receiver.close(() => r()))
      await payload.destroy?.()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
  return bench
}

/** A guide of the bench's department, created as a draft, or published at once with `import`. */
export const benchCode = (i: number) => `11370100MB${String(i).padStart(7, '0')}-GG-001`

export function benchGuide(bench: PublishBench, i: number, extra: Record<string, unknown> = {}) {
  return guideData(bench.deptId, {
    code: benchCode(i),
    itemType: 'public_service',
    title: `办事指南基准测试第${i}号`,
    channelOverrides: { cover: bench.coverId },
    ...extra,
  })
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]
}

/** The clock's `deliver` tick: every 10 s on the wall clock, as node-cron runs it in production. */
function clockTicks(payload: Payload): () => void {
  let timer: NodeJS.Timeout
  const next = () => {
    timer = setTimeout(() => void processDue(payload).finally(next), 10_000 - (Date.now() % 10_000))
  }
  next()
  return () => clearTimeout(timer)
}

async function main() {
  const runs = Number(process.argv[process.argv.indexOf('--runs') + 1] || 50) || 50
  const wal = walArg()
  const bench = await openPublishBench('publish-latency', { wal })
  const { payload } = bench
  const approved = async (i: number) => {
    const doc = await payload.create({ collection: 'service-guides', data: benchGuide(bench, i) as never, depth: 0 })
    for (const action of ['submit', 'approve'] as const) {
      await payload.update({ collection: 'service-guides', id: doc.id, data: {}, draft: true, depth: 0, context: { workflow: { action } } })
    }
    return { id: doc.id, code: benchCode(i) }
  }
  const publish = ({ id }: { id: number | string }) =>
    payload.update({ collection: 'service-guides', id, data: { _status: 'published' } as never, depth: 0, context: { workflow: { action: 'publish' } } })

  const stopClock = clockTicks(payload)
  try {
    // Warm-up: first token, first compile of every path; not counted.
    for (const guide of [await approved(9000), await approved(9001)]) {
      await publish(guide)
      await bench.until(guide.code, (r) => ['website', 'app', 'kiosk'].every((k) => r.delivered[k as ChannelKind]) && r.accepted !== undefined)
    }
    await bench.setChannelsEnabled(false)
    const base: number[] = []
    for (let i = 0; i < runs; i++) {
      const guide = await approved(i)
      const t0 = performance.now()
      await publish(guide)
      base.push(performance.now() - t0)
    }
    await bench.setChannelsEnabled(true)

    const rows: Array<Record<string, number>> = []
    const finished: Array<Promise<number>> = []
    for (let i = 0; i < runs; i++) {
      const guide = await approved(1000 + i)
      const t0 = performance.now()
      await publish(guide)
      const save = performance.now() - t0
      const r = await bench.until(guide.code, (x) => ['website', 'app', 'kiosk'].every((k) => x.delivered[k as ChannelKind]) && x.accepted !== undefined && Boolean(x.webhook.app && x.webhook.website))
      const at = (t: number | undefined) => (t ?? NaN) - t0
      rows.push({
        save,
        website: at(r.delivered.website),
        app: at(r.delivered.app),
        appWebhook: at(r.webhook.app),
        kiosk: at(r.delivered.kiosk),
        wechatAccepted: at(r.accepted),
        allFour: Math.max(...['website', 'app', 'kiosk'].map((k) => at(r.delivered[k as ChannelKind])), at(r.accepted), at(r.webhook.app), at(r.webhook.website)),
      })
      // The publish job is finished at the fake as soon as it is submitted (publishDelayMs 0); the
      // hub records it when it polls freepublish/get, 3 s after submit, on a clock tick.
      finished.push(bench.until(guide.code, (x) => x.delivered.wechat !== undefined).then((x) => x.delivered.wechat! - t0))
    }
    const wechatDone = await Promise.all(finished)

    const line = (name: string, xs: number[]) => ({ name, 'p50 ms': +pct(xs, 50).toFixed(1), 'p95 ms': +pct(xs, 95).toFixed(1), 'max ms': +Math.max(...xs).toFixed(1) })
    const col = (k: string) => rows.map((r) => r[k])
    console.log(`\npublish-to-delivered, ${runs} runs, one guide, four channels (WeChat: protocol fake on loopback)${walLabel(wal)}`)
    console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, node ${process.version}, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}, ${new Date().toISOString()}`)
    console.table([
      line('baseline: publish save, no channel enabled', base),
      line('publish save, four channels (enqueue included)', col('save')),
      line('website feed delivered', col('website')),
      line('app feed delivered', col('app')),
      line('app webhook received', col('appWebhook')),
      line('kiosk feed delivered', col('kiosk')),
      line('WeChat freepublish/submit accepted', col('wechatAccepted')),
      line('all four delivered/accepted', col('allFour')),
      line('WeChat delivered in the hub (poll + 10 s clock)', wechatDone),
    ])
    const all = col('allFour')
    console.log(`all four / baseline save: p50 ${(pct(all, 50) / pct(base, 50)).toFixed(1)}x, p95 ${(pct(all, 95) / pct(base, 95)).toFixed(1)}x`)
  } finally {
    stopClock()
    await bench.close()
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await main()
  process.exit(0)
}
