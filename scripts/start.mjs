#!/usr/bin/env node
// `npm start`: from a fresh clone to a running hub with no setup. Secret, build (only when the
// sources changed), migrations + demo seed, then `next start`.
import { assertNotDevPushed, build, buildStatus, DEFAULT_DATABASE_URI, ensureSecret, log, seed, startServer } from './lib/hub.mjs'

const port = Number(process.env.PORT || 3000)
const env = {
  ...process.env,
  PAYLOAD_SECRET: ensureSecret(),
  DATABASE_URI: process.env.DATABASE_URI || DEFAULT_DATABASE_URI,
  NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? '1',
}

try {
  const status = buildStatus()
  if (status.stale) {
    log(`building (${status.reason}); this takes a minute or two`)
    const t = Date.now()
    await build({ env, hash: status.hash })
    log(`built in ${Math.round((Date.now() - t) / 1000)} s`)
  } else {
    log(status.reason)
  }
  await assertNotDevPushed(env.DATABASE_URI)
  await seed({ env })
} catch (err) {
  console.error(`\n[omnihub] 启动失败 / start failed: ${err.message}`)
  process.exit(1)
}

const base = `http://localhost:${port}`
log(`管理后台 / admin:   ${base}/admin`)
log(`GraphQL:           ${base}/api/graphql`)
log(`REST:              ${base}/api`)

const server = startServer({ port, env })
// Forward the signals a supervisor (systemd, docker, Ctrl-C) sends, so Next shuts down cleanly.
let forwarded = false
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    forwarded = true
    server.kill(signal)
  })
}
// A server killed by a signal we did not forward (OOM killer...) is a crash, not a clean stop.
server.on('exit', (code) => process.exit(code ?? (forwarded ? 0 : 1)))
