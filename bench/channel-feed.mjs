#!/usr/bin/env node
// channelFeed over HTTP on the built server, beside (a) a bare Node http server returning the same
// bytes (the ceiling) and (b) Payload's stock GraphQL collection query for the same guides.
// Channel clients sync with GET ?id=channelFeed (the fast path, src/publishing/feed/fastPath.ts);
// POST runs the same query through GraphQL. The "Next floor" row is the cheapest answer of the same
// route (an unknown persisted query id: 400, no database), i.e. what Next's router costs alone.
// The last two rows repeat the ceiling and the fast path with Accept-Encoding: gzip, as real
// clients send it.
// Usage: node bench/channel-feed.mjs [seconds=10] [connections=50]
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import autocannon from 'autocannon'

import { build, buildStatus, freePort, ROOT, startServer, stopProcess, waitForHttp } from '../scripts/lib/hub.mjs'

const seconds = Number(process.argv[2] ?? 10)
const connections = Number(process.argv[3] ?? 50)
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'omnihub-bench-'))
const env = {
  ...process.env,
  NODE_ENV: 'production',
  DATABASE_URI: `file:${path.join(dir, 'bench.db')}`,
  PAYLOAD_SECRET: 'bench-secret',
  OMNIHUB_DEMO_PASSWORD: 'bench-password-1',
  OMNIHUB_CLOCK: 'off',
  MEDIA_DIR: path.join(dir, 'media'),
}

/** Seeds the demo and returns the kiosk's API key from the seed's one-time printout. */
function seedForKey() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/hub.mjs', 'seed'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (d) => (out += d))
    child.on('exit', (code) => {
      const lines = out.split('\n')
      const i = lines.findIndex((l) => l.includes('kiosk）'))
      const key = (lines[i + 1] ?? '').match(/[0-9a-f]{32,}/)?.[0]
      key ? resolve(key) : reject(new Error(`seed exit ${code}, no kiosk key in output`))
    })
  })
}

function cannon(opts) {
  return new Promise((resolve, reject) =>
    autocannon({ duration: seconds, connections, ...opts }, (err, r) => (err ? reject(err) : resolve(r))),
  )
}

const row = (name, r) => ({ name, 'req/s': Math.round(r.requests.average), 'p99 ms': r.latency.p99, errors: r.errors + r.non2xx })

let server
let ceiling
try {
  const status = buildStatus()
  if (status.stale) await build({ env, hash: status.hash })
  const key = await seedForKey()
  const port = await freePort()
  server = startServer({ port, env, stdio: 'ignore' })
  await waitForHttp(`http://127.0.0.1:${port}/admin/login`, { child: server })
  const url = `http://127.0.0.1:${port}/api/graphql`
  const auth = { authorization: `channels API-Key ${key}`, 'content-type': 'application/json' }
  const feedBody = JSON.stringify({ query: '{ channelFeed(limit: 100) { nextCursor hasMore items { key action title body } } }' })
  const stockBody = JSON.stringify({ query: '{ ServiceGuides(limit: 100) { docs { code title summary materials { name form copies note } steps { name description } department { name } } } }' })
  const sample = await fetch(url, { method: 'POST', headers: auth, body: feedBody })
  const bytes = Buffer.from(await sample.arrayBuffer())
  const items = JSON.parse(bytes.toString()).data.channelFeed.items.length
  const getUrl = `${url}?id=channelFeed&variables=${encodeURIComponent(JSON.stringify({ limit: 100 }))}`
  const getHeaders = { authorization: auth.authorization }
  const got = await fetch(getUrl, { headers: getHeaders })
  const getBytes = Buffer.from(await got.arrayBuffer())
  const etag = got.headers.get('etag')
  if (got.status !== 200 || !etag) throw new Error(`GET ?id=channelFeed answered ${got.status}`)

  // The ceiling answers gzip from bytes compressed once, as a server with a cache of compressed pages would.
  const gzipped = zlib.gzipSync(getBytes)
  ceiling = http.createServer((req, res) =>
    req.headers['accept-encoding']?.includes('gzip')
      ? res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' }).end(gzipped)
      : res.writeHead(200, { 'content-type': 'application/json' }).end(getBytes),
  )
  await new Promise((r) => ceiling.listen(0, '127.0.0.1', r))
  const ceilingUrl = `http://127.0.0.1:${ceiling.address().port}/`

  const results = [
    row('ceiling: bare node http, same bytes', await cannon({ url: ceilingUrl })),
    row('channelFeed GET (fast path, 200)', await cannon({ url: getUrl, headers: getHeaders })),
    row('channelFeed GET + If-None-Match (304)', await cannon({ url: getUrl, headers: { ...getHeaders, 'if-none-match': etag } })),
    row('channelFeed POST (GraphQL)', await cannon({ url, method: 'POST', headers: auth, body: feedBody })),
    row('stock ServiceGuides query (POST)', await cannon({ url, method: 'POST', headers: auth, body: stockBody })),
    row('Next floor: same route, 400, no db', await cannon({ url: `${url}?id=none`, headers: getHeaders })),
    row('ceiling, Accept-Encoding: gzip (pre-compressed)', await cannon({ url: ceilingUrl, headers: { 'accept-encoding': 'gzip' } })),
    row('channelFeed GET, Accept-Encoding: gzip', await cannon({ url: getUrl, headers: { ...getHeaders, 'accept-encoding': 'gzip' } })),
  ]
  console.log(`\nchannelFeed benchmark: ${items} items, GET ${getBytes.length} bytes (POST ${bytes.length}), ${connections} connections, ${seconds} s each`)
  console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, node ${process.version}, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}, ${new Date().toISOString()}`)
  console.table(results)
  const [c, fast, cached, feedPost, stock, floor, cz, fastz] = results
  const ratio = (a, b) => (a['req/s'] / b['req/s'])
  console.log(`channelFeed GET / ceiling: ${ratio(fast, c).toFixed(2)} (target >= 0.5)`)
  console.log(`channelFeed GET / stock query: ${ratio(fast, stock).toFixed(1)}x (target >= 10x)`)
  console.log(`with gzip (Next compresses every answer; a route cannot send pre-compressed bytes): ${ratio(fastz, cz).toFixed(2)} of the gzip ceiling`)
  console.log(`304 / ceiling: ${ratio(cached, c).toFixed(2)}; POST GraphQL / ceiling: ${ratio(feedPost, c).toFixed(2)}; Next floor / ceiling: ${ratio(floor, c).toFixed(2)}`)
  console.log('(errors: the 304s and the floor\'s 400s count as non-2xx; they are the expected answers)')
} finally {
  ceiling?.close()
  if (server) await stopProcess(server)
  fs.rmSync(dir, { recursive: true, force: true })
}
