/**
 * A throw-away hub for the search benchmarks: a temporary SQLite file with the shared fixtures
 * imported through the interchange importer, exactly as `npm run hub -- import` would.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildConfig, getPayload, type Payload } from 'payload'

import { hubConfig } from '../src/config/hubConfig'
import { importRecords } from '../src/interchange'

export const FIXTURES = process.env.OMNIHUB_FIXTURES ?? path.resolve(import.meta.dirname, '../../shared/fixtures')

export const readJson = <T = unknown>(file: string): T => JSON.parse(fs.readFileSync(path.join(FIXTURES, file), 'utf8')) as T

export async function openFixtureHub(): Promise<{ payload: Payload; importMs: number; close: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'omnihub-search-bench-'))
  process.env.MEDIA_DIR = path.join(dir, 'media')
  const config = await buildConfig(hubConfig({ databaseUri: `file:${path.join(dir, 'hub.db')}`, secret: 'bench-secret' }))
  const payload = await getPayload({ config, key: `search-bench-${process.pid}` })
  const started = performance.now()
  const report = await importRecords(payload, {
    departments: readJson<unknown[]>('departments.json'),
    guides: readJson<unknown[]>('guides.json'),
    notices: readJson<unknown[]>('notices.json'),
  })
  const importMs = performance.now() - started
  for (const e of report.errors) console.error(`import error: ${e.kind} #${e.position} ${e.key}: ${e.messages.join('; ')}`)
  return {
    payload,
    importMs,
    close: async () => {
      await payload.destroy?.()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
