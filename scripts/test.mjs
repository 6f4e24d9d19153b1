#!/usr/bin/env node
// `npm test`: every check CI runs, cheapest first, stopping at the first failure.
import path from 'node:path'

import { build, log, ROOT, run, runTs } from './lib/hub.mjs'

const bin = (name) => path.join(ROOT, 'node_modules', '.bin', name)
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }

/** Each step resolves with an exit code (0 = passed). */
const steps = [
  ['typecheck (tsc --noEmit)', () => run(bin('tsc'), ['--noEmit'], { env })],
  ['migrations match the schema', () => runTs(process.execPath, ['scripts/check-migrations.mjs'], { env })],
  ['unit and integration tests (vitest run)', () => run(bin('vitest'), ['run'], { env })],
  // Through build() so the source hash is saved and the smoke test (and npm start) reuse this build.
  ['production build (next build)', () => build({ env }).then(() => 0, (err) => (console.error(err.message), 1))],
  ['end-to-end smoke test (built server + Chromium)', () => run(process.execPath, ['test/e2e/smoke.mjs'], { env })],
  ['dashboard in Chromium (built server, screenshot)', () => run(process.execPath, ['test/e2e/dashboard.mjs'], { env })],
]

const timings = []
for (const [i, [name, step]] of steps.entries()) {
  const banner = `── ${i + 1}/${steps.length} ${name} `
  console.log(`\n${banner.padEnd(78, '─')}`)
  const t = Date.now()
  const code = await step()
  const seconds = ((Date.now() - t) / 1000).toFixed(1)
  timings.push(`  ${code === 0 ? 'ok  ' : 'FAIL'} ${seconds.padStart(6)} s  ${name}`)
  if (code !== 0) {
    console.error(`\n${'═'.repeat(78)}\n  FAILED at step ${i + 1}/${steps.length}: ${name} (exit ${code})\n${'═'.repeat(78)}`)
    console.error(timings.join('\n'))
    process.exit(1)
  }
}
log('all checks passed')
console.log(timings.join('\n'))
