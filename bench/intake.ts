/**
 * Feedback intake over HTTP: GraphQL `submitFeedback` (app channel, API key) and the WeChat
 * callback (plain mode, signed text messages), each under autocannon, then the checks that matter
 * more than speed: every acknowledged case is stored (zero loss), nothing is stored twice, and
 * triage (kicked right after intake, as in production) catches up after the load stops.
 *
 * What is measured: the hub's own route handlers (Payload's GRAPHQL_POST and the WeChat callback
 * route module) behind one node:http server on 127.0.0.1, on a temporary SQLite FILE database,
 * NODE_ENV=production (committed migrations, production logger). Next's router is not in the
 * path; the built-server variant is not part of this run. The load generator runs in a child
 * process so it does not share the hub's event loop. Baseline in the same run: a bare node:http
 * server on loopback answering a fixed 200 JSON (the ceiling).
 *
 * Usage: npx tsx bench/intake.ts [seconds=30] [connections=50] [--wal | --wal=normal]
 * `--wal` puts the bench database in WAL mode (synchronous FULL, or NORMAL) to show what that
 * setting would change; the hub's default is SQLite's rollback journal.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { fork } from 'node:child_process'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

// autocannon ships no types (there is no @types package in the project): the part used here.
interface AcRequest {
  method?: string
  path?: string
  headers?: Record<string, string>
  body?: string
  setupRequest?: (req: AcRequest) => AcRequest
  onResponse?: (status: number, body: string) => void
}
interface AcResult {
  requests: { average: number; total: number }
  latency: { p50: number; p99: number }
  errors: number
  timeouts: number
  non2xx: number
  duration: number
}
type Autocannon = (opts: { url: string; duration: number; connections: number; requests: AcRequest[] }, done: (err: Error | null, r: AcResult) => void) => unknown
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon

const TEXTS = [
  '请问办理{g}需要带哪些材料？我上周去大厅排了两个小时，到窗口才说材料不全。',
  '公积金提取申请已经提交十五个工作日了还没有到账，打{d}电话一直占线，希望尽快处理。',
  '{g}网上提交后一直显示审核中，已经一周了，能不能帮忙查一下进度？',
  '建议政务服务大厅周六开放半天，上班族工作日实在请不出假来办{g}。',
  '表扬一下{d}窗口的工作人员，态度很好，耐心讲解，一次就办成了，谢谢！',
  '小区门口道路施工晚上十一点还有噪音，影响老人孩子休息，多次反映没有结果，请{d}管一管。',
  '我在自助终端打印证明时机器卡纸，钱扣了证明没出来，希望退款或者补打。',
  '{g}的办理时限写的是五个工作日，实际等了二十天，请解释原因。',
]
const DEPTS = ['市场监管局', '住房公积金管理中心', '人社局']
const GUIDES = ['食品经营许可证核发', '住房公积金提取', '社会保障卡申领']

type Kind = 'ceiling' | 'graphql' | 'wechat'
interface LoadJob {
  kind: Kind
  origin: string
  seconds: number
  connections: number
  apiKey?: string
  wechat?: { channel: string; token: string; account: string }
}
interface LoadResult {
  rps: number
  p50: number
  p99: number
  errors: number
  non2xx: number
  requests: number
  durationS: number
  endedAt: number
  caseNos: string[]
}

// ---------------------------------------------------------------- load generator (child process)

function textFor(n: number): string {
  const t = TEXTS[n % TEXTS.length]!
  return t.replace('{g}', GUIDES[n % GUIDES.length]!).replace('{d}', DEPTS[(n >> 3) % DEPTS.length]!)
}

const SUBMIT = 'mutation ($input: FeedbackInput!) { submitFeedback(input: $input) { caseNo duplicate receivedAt } }'

function runLoad(job: LoadJob): Promise<LoadResult> {
  const caseNos: string[] = []
  let n = 0
  const msgBase = BigInt(Date.now()) * 1000n
  let requests: AcRequest[]
  if (job.kind === 'ceiling') {
    requests = [{ method: 'POST', path: '/api/graphql', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: SUBMIT, variables: { input: { clientId: randomUUID(), text: textFor(0) } } }) }]
  } else if (job.kind === 'graphql') {
    requests = [
      {
        method: 'POST',
        path: '/api/graphql',
        headers: { 'content-type': 'application/json', authorization: `channels API-Key ${job.apiKey}` },
        setupRequest: (req) => {
          const i = n++
          req.body = JSON.stringify({ query: SUBMIT, variables: { input: { clientId: randomUUID(), text: textFor(i), contact: { name: `市民${i % 97}`, replyVia: 'channel' } } } })
          return req
        },
        onResponse: (status, body) => {
          if (status !== 200) return
          const caseNo = (JSON.parse(body) as { data?: { submitFeedback?: { caseNo?: string; duplicate?: boolean } } }).data?.submitFeedback
          if (caseNo?.caseNo && !caseNo.duplicate) caseNos.push(caseNo.caseNo)
        },
      },
    ]
  } else {
    const w = job.wechat!
    requests = [
      {
        method: 'POST',
        headers: { 'content-type': 'text/xml; charset=utf-8' },
        setupRequest: (req) => {
          const i = n++
          const timestamp = String(Math.floor(Date.now() / 1000))
          const nonce = String(randomBytes(4).readUInt32BE(0))
          const signature = createHash('sha1').update([w.token, timestamp, nonce].sort().join('')).digest('hex')
          req.path = `/api/wechat/callback/${w.channel}?${new URLSearchParams({ signature, timestamp, nonce, openid: `oBench${i % 500}` })}`
          req.body = `<xml><ToUserName><![CDATA[${w.account}]]></ToUserName><FromUserName><![CDATA[oBench${i % 500}]]></FromUserName><CreateTime>${timestamp}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${textFor(i)}]]></Content><MsgId>${msgBase + BigInt(i)}</MsgId></xml>`
          return req
        },
        onResponse: (status, body) => {
          const m = status === 200 ? /受理编号 (\S+)，/.exec(body) : null
          if (m) caseNos.push(m[1]!)
        },
      },
    ]
  }
  return new Promise((resolve, reject) =>
    autocannon({ url: job.origin, duration: job.seconds, connections: job.connections, requests }, (err, r) => {
      if (err) return reject(err)
      resolve({
        rps: r.requests.average,
        p50: r.latency.p50,
        p99: r.latency.p99,
        errors: r.errors + r.timeouts,
        non2xx: r.non2xx,
        requests: r.requests.total,
        durationS: r.duration,
        endedAt: Date.now(),
        caseNos,
      })
    }),
  )
}

/** Runs one load in a child process (its own event loop and core) and returns its result. */
function loadInChild(job: LoadJob): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--load'], { execArgv: process.execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
    child.once('message', (m) => resolve(m as LoadResult))
    child.once('error', reject)
    child.once('exit', (code) => code && reject(new Error(`load process exit ${code}`)))
    child.send(job)
  })
}

// ---------------------------------------------------------------- hub side (parent process)

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function main() {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('--'))
  const seconds = Number(args[0] ?? 30)
  const connections = Number(args[1] ?? 50)
  const walFlag = process.argv.find((a) => a === '--wal' || a.startsWith('--wal='))
  const wal = walFlag ? (walFlag.split('=')[1]?.toUpperCase() === 'NORMAL' ? 'NORMAL' : 'FULL') : undefined
  Object.assign(process.env, { NODE_ENV: 'production' })
  process.env.PAYLOAD_SECRET ??= 'bench-secret'
  process.env.OMNIHUB_CLOCK = 'off'
  delete process.env.OMNIHUB_TRIAGE_KICK
  // Loaded after the environment is set: the route module builds its config at import.
  const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
  const { startTestHub } = await import('../test/helpers/hub')
  const { guideData } = await import('../test/helpers/content')
  const route = await import('../src/app/(payload)/api/wechat/callback/[channel]/route')

  const hub = await startTestHub({ file: true })
  const { payload } = hub
  if (wal) {
    const client = (payload.db as unknown as { client: { execute: (sql: string) => Promise<unknown> } }).client
    await client.execute('PRAGMA journal_mode = WAL')
    await client.execute(`PRAGMA synchronous = ${wal}`)
  }
  const apiKey = randomBytes(24).toString('hex')
  const token = 'benchToken2026'
  const account = 'gh_bench0000001'
  for (const [i, name] of DEPTS.entries()) {
    const dept = await payload.create({ collection: 'departments', data: { code: `BENCH${i}`, name: `示范市${name}` } as never })
    await payload.create({ collection: 'service-guides', overrideAccess: true, data: guideData(dept.id, { code: `11370100MB000099${i}-XK-00${i}`, title: GUIDES[i] }) as never })
  }
  await payload.create({ collection: 'channels', data: { name: '示范政务APP', kind: 'app', enableAPIKey: true, apiKey } as never })
  const wechatId = String(
    (await payload.create({ collection: 'channels', data: { name: '示范市政务公众号', kind: 'wechat', wechat: { appId: 'wx00000000bench01', accountId: account, appSecretInput: 'x'.repeat(32), tokenInput: token } } as never })).id,
  )

  const post = GRAPHQL_POST(Promise.resolve(payload.config) as never)
  let inflight = 0
  const server = http.createServer(async (req, res) => {
    inflight++
    res.on('close', () => inflight--)
    try {
      const chunks: Buffer[] = []
      for await (const c of req) chunks.push(c as Buffer)
      const headers = new Headers()
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v)
      const request = new Request(`http://127.0.0.1${req.url}`, { method: req.method, headers, body: req.method === 'POST' ? Buffer.concat(chunks) : undefined })
      const channel = /^\/api\/wechat\/callback\/([^/?]+)/.exec(req.url ?? '')?.[1]
      let response: Response
      if (req.method === 'POST' && req.url?.split('?')[0] === '/api/graphql') response = await post(request)
      else if (req.method === 'POST' && channel) response = await route.POST(request, { params: Promise.resolve({ channel }) })
      else response = new Response('not found', { status: 404 })
      res.writeHead(response.status, Object.fromEntries(response.headers.entries()))
      res.end(Buffer.from(await response.arrayBuffer()))
    } catch (err) {
      payload.logger.error({ err }, 'bench server')
      res.writeHead(500).end()
    }
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  const fixed = JSON.stringify({ data: { submitFeedback: { caseNo: 'FB-20261126-000001', duplicate: false, receivedAt: new Date().toISOString() } } })
  const ceilingServer = http.createServer((req, res) => {
    req.resume()
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end(fixed))
  })
  await new Promise<void>((r) => ceilingServer.listen(0, '127.0.0.1', r))
  const ceilingOrigin = `http://127.0.0.1:${(ceilingServer.address() as AddressInfo).port}`

  type Row = Record<string, string | number>
  const rows: Row[] = []
  const seen = new Set<string>()
  const triageNotes: string[] = []

  const phase = async (name: string, job: LoadJob) => {
    const r = await loadInChild(job)
    // Requests in flight when autocannon stopped still finish on the hub: wait for them, so they
    // are counted as stored-but-unacknowledged rather than as a race.
    while (inflight > 0) await sleep(20)
    // Triage catches up: wait until no item is left in status `new` (timeout 5 min).
    let triagedAt = Date.now()
    for (const deadline = Date.now() + 300_000; Date.now() < deadline; await sleep(100)) {
      const { totalDocs } = await payload.count({ collection: 'feedback', where: { status: { equals: 'new' } }, overrideAccess: true })
      triagedAt = Date.now()
      if (totalDocs === 0) break
    }
    const lagS = (triagedAt - r.endedAt) / 1000
    const { docs } = await payload.find({
      collection: 'feedback',
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { caseNo: true, dedupKey: true, status: true, createdAt: true, updatedAt: true, receivedAt: true, triage: true },
    })
    const fresh = (docs as unknown as Array<{ caseNo: string; dedupKey?: string; status: string; createdAt: string; updatedAt: string; receivedAt: string; triage?: { triagedAt?: string } }>).filter((d) => !seen.has(d.caseNo))
    fresh.forEach((d) => seen.add(d.caseNo))
    const stored = new Set(fresh.map((d) => d.caseNo))
    const acked = new Set(r.caseNos)
    const missing = [...acked].filter((c) => !stored.has(c)).length
    const duplicates = fresh.length - new Set(fresh.map((d) => d.dedupKey)).size + (r.caseNos.length - acked.size)
    const stillNew = fresh.filter((d) => d.status === 'new').length
    const maxWriteToTriaged = Math.max(0, ...fresh.map((d) => Date.parse(d.updatedAt) - Date.parse(d.createdAt))) / 1000
    const maxTriagedMinusReceived = Math.max(0, ...fresh.map((d) => (d.triage?.triagedAt ? Date.parse(d.triage.triagedAt) - Date.parse(d.receivedAt) : 0))) / 1000
    triageNotes.push(`${name}: ${stillNew} still new; max(updatedAt − createdAt) ${maxWriteToTriaged.toFixed(1)} s; max(triage.triagedAt − receivedAt) ${maxTriagedMinusReceived.toFixed(1)} s`)
    rows.push({
      target: name,
      'accepted/s': Math.round(acked.size / r.durationS),
      'req/s': Math.round(r.rps),
      'p50 ms': r.p50,
      'p99 ms': r.p99,
      'errors/non-2xx': `${r.errors}/${r.non2xx}`,
      acknowledged: acked.size,
      stored: fresh.length,
      missing,
      duplicates,
      'triage lag s': Number(lagS.toFixed(1)),
    })
  }

  try {
    const ceilingSeconds = Math.min(10, seconds)
    const c = await loadInChild({ kind: 'ceiling', origin: ceilingOrigin, seconds: ceilingSeconds, connections })
    rows.push({ target: `ceiling: bare node http, fixed 200 JSON (${ceilingSeconds} s)`, 'accepted/s': '-', 'req/s': Math.round(c.rps), 'p50 ms': c.p50, 'p99 ms': c.p99, 'errors/non-2xx': `${c.errors}/${c.non2xx}` })
    await phase('GraphQL submitFeedback (app, API key)', { kind: 'graphql', origin, seconds, connections, apiKey })
    await phase('WeChat callback (plain mode, signed text)', { kind: 'wechat', origin, seconds, connections, wechat: { channel: wechatId, token, account } })

    console.log(`\nFeedback intake benchmark: ${connections} connections, ${seconds} s per intake load; hub handlers over real HTTP on 127.0.0.1 without Next's router (not the built server)`)
    console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, node ${process.version}, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}, ${new Date().toISOString()}; SQLite file (${wal ? `WAL, synchronous=${wal}` : 'rollback journal, the default'}), NODE_ENV=production, triage kick on`)
    console.table(rows)
    for (const n of triageNotes) console.log(`triage ${n}`)
    const ceilingRps = Number(rows[0]!['req/s'])
    for (const r of rows.slice(1)) {
      const ok = Number(r['accepted/s']) >= 1000 && r.missing === 0 && r.duplicates === 0 && Number(r['triage lag s']) < 5
      console.log(`${r.target}: accepted/s / ceiling ${(Number(r['accepted/s']) / ceilingRps).toFixed(3)}; target >= 1,000 accepted/s, zero loss, lag < 5 s: ${ok ? 'met' : 'MISSED'}`)
    }
    console.log('(triage lag: from the end of the load until no item is left in status new; triagedAt is the start time of the triage run that wrote it)')
  } finally {
    ceilingServer.close()
    server.close()
    server.closeAllConnections()
    await hub.close()
  }
}

if (process.argv[2] === '--load') {
  process.once('message', async (job) => {
    process.send!(await runLoad(job as LoadJob), () => process.exit(0))
  })
} else {
  main().then(
    () => process.exit(0),
    (err) => {
      console.error(err)
      process.exit(1)
    },
  )
}
