import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildConfig, getPayload, type Payload } from 'payload'

import { hubConfig, type HubConfigOptions } from '../../src/config/hubConfig'

export interface TestHub {
  payload: Payload
  mediaDir: string
  databaseUri: string
  close: () => Promise<void>
}

/**
 * A real hub on a private SQLite database (in memory unless a file is asked for) and a private
 * upload folder, so suites never share state.
 */
export async function startTestHub(opts: HubConfigOptions & { file?: boolean; isolated?: boolean } = {}): Promise<TestHub> {
  // Drizzle skips the push when the schema equals the last one pushed in this process, which
  // would leave a second in-memory hub without tables.
  process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = 'true'
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'omnihub-test-'))
  const mediaDir = path.join(dir, 'media')
  process.env.MEDIA_DIR = mediaDir
  const databaseUri = opts.databaseUri ?? mongoTestUri() ?? (opts.file ? `file:${path.join(dir, 'hub.db')}` : ':memory:')
  const config = await buildConfig(hubConfig({ ...opts, databaseUri, secret: 'test-secret' }))
  // Payload's route handlers call getPayload() with the default key: sharing it lets the REST and
  // GraphQL handlers under test use this very instance (and its in-memory database).
  const key = opts.isolated ? randomUUID() : 'default'
  const payload = await getPayload({ config, key })
  return {
    payload,
    mediaDir,
    databaseUri,
    close: async () => {
      if (databaseUri.startsWith('mongodb')) {
        await (payload.db as unknown as { connection?: { dropDatabase: () => Promise<unknown> } }).connection?.dropDatabase()
      }
      await payload.destroy?.()
      ;(global as unknown as { _payload?: Map<string, unknown> })._payload?.delete(key)
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** MONGODB_URI points the suites at a MongoDB server: each hub gets a database of its own. */
function mongoTestUri(): string | undefined {
  if (!process.env.MONGODB_URI) return undefined
  const url = new URL(process.env.MONGODB_URI)
  url.pathname = `/omnihub_test_${randomUUID().slice(0, 8)}`
  return url.toString()
}
