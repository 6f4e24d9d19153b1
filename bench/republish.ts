/**
 * Republishing everything: N guides (1,000) live on all four channels are saved again with a
 * change (the bulk path the importer takes: workflow action `import`, one save each) and the
 * outbox delivers every new edition to website, app and kiosk feeds (website and app with their
 * webhook to a receiver on loopback) and to WeChat (protocol fake on loopback: thumb, draft,
 * submit, then freepublish/get 3 s later and removal of the replaced article).
 * Baseline in the same run: the same saves with every channel disabled (no delivery at all).
 *
 * Usage: npx tsx bench/republish.ts [--guides 1000] [--wal | --wal=normal]
 * (--wal: the bench database in WAL mode, synchronous FULL or NORMAL; see openPublishBench)
 */
import os from 'node:os'

import { settleOutbox } from '../src/publishing/outbox/kick'
import { processDue } from '../src/publishing/outbox/worker'
import { benchGuide, openPublishBench, walArg, walLabel, type PublishBench } from './publish-latency'

const UNSETTLED = ['queued', 'sending', 'pending', 'failed']

/**
 * Lets the run kicked by the saves finish, then works the outbox until no delivery is left (the
 * WeChat polls come due 3 s after each submit; this loop stands in for a busy clock). Returns
 * seconds since `started`.
 */
async function settle(bench: PublishBench, started: number): Promise<number> {
  const { payload } = bench
  await settleOutbox(payload)
  for (;;) {
    const { totalDocs } = await payload.count({ collection: 'deliveries', where: { status: { in: UNSETTLED } }, overrideAccess: true })
    if (totalDocs === 0) return (performance.now() - started) / 1000
    if ((await processDue(payload)) === 0) await new Promise((r) => setTimeout(r, 100))
  }
}

async function saveAll(bench: PublishBench, ids: Array<number | string>, round: number): Promise<number> {
  const started = performance.now()
  for (const id of ids) {
    await bench.payload.update({
      collection: 'service-guides',
      id,
      data: { summary: `第${round}次修订：从事食品销售和餐饮服务的经营者，应当依法取得食品经营许可。`, _status: 'published' } as never,
      depth: 0,
      context: { workflow: { action: 'import' } },
    })
  }
  return (performance.now() - started) / 1000
}

async function main() {
  const arg = process.argv.indexOf('--guides')
  const guides = (arg > 0 && Number(process.argv[arg + 1])) || 1000
  const wal = walArg()
  const bench = await openPublishBench('republish', { wal })
  const { payload } = bench
  try {
    await bench.setChannelsEnabled(false)
    let t = performance.now()
    const ids: Array<number | string> = []
    for (let i = 0; i < guides; i++) {
      const doc = await payload.create({
        collection: 'service-guides',
        data: benchGuide(bench, i, { _status: 'published' }) as never,
        depth: 0,
        context: { workflow: { action: 'import' } },
      })
      ids.push(doc.id)
    }
    const created = (performance.now() - t) / 1000
    const baseline = await saveAll(bench, ids, 1)

    await bench.setChannelsEnabled(true)
    t = performance.now()
    const firstSaves = await saveAll(bench, ids, 2)
    const first = await settle(bench, t)

    t = performance.now()
    const saves = await saveAll(bench, ids, 3)
    const total = await settle(bench, t)

    const count = async (status: string) => (await payload.count({ collection: 'deliveries', where: { status: { equals: status } }, overrideAccess: true })).totalDocs
    const [delivered, dead] = [await count('delivered'), await count('dead')]
    const live = bench.wechat.publishedArticles().filter((a) => !a.deleted).length
    const deliveries = guides * 4
    console.log(`\nrepublish ${guides} guides to four channels (WeChat: protocol fake on loopback)${walLabel(wal)}`)
    console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, node ${process.version}, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}, ${new Date().toISOString()}`)
    console.table([
      { step: `create ${guides} published guides, no channel enabled`, seconds: +created.toFixed(1) },
      { step: `baseline: republish ${guides}, saves alone (no channel enabled)`, seconds: +baseline.toFixed(1) },
      { step: 'first delivery to four channels: saves', seconds: +firstSaves.toFixed(1) },
      { step: 'first delivery to four channels: until all delivered', seconds: +first.toFixed(1), 'deliveries/s': Math.round(deliveries / first) },
      { step: 'republish (live everywhere): saves', seconds: +saves.toFixed(1) },
      { step: 'republish (live everywhere): until all delivered', seconds: +total.toFixed(1), 'deliveries/s': Math.round(deliveries / total) },
    ])
    console.log(`republish total / baseline saves: ${(total / baseline).toFixed(1)}x; target < 60 s: ${total < 60 ? 'met' : 'MISSED'}`)
    console.log(`deliveries: ${delivered} delivered, ${dead} dead (expected ${guides * 4 * 2} delivered, 0 dead); live WeChat articles: ${live} (expected ${guides})`)
  } finally {
    await bench.close()
  }
}

await main()
process.exit(0)
