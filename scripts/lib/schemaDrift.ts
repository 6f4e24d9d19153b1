/**
 * What `payload migrate:create` would write right now, computed without writing anything: the same
 * drizzle-kit diff between the newest committed snapshot (src/migrations/*.json) and the schema
 * the current config produces. Loaded by scripts/check-migrations.mjs through tsx.
 */
import fs from 'node:fs'
import path from 'node:path'
import payload from 'payload'

import config from '../../payload.config'

interface DrizzleKit {
  generateDrizzleJson: (schema: unknown) => Promise<{ version: string }>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
  upSnapshot?: (snapshot: unknown) => unknown
}

/** The drizzle adapter members that `createMigration` itself uses. */
interface DrizzleAdapter {
  migrationDir: string
  schema: unknown
  defaultDrizzleSnapshot: unknown
  requireDrizzleKit: () => DrizzleKit
}

export interface Drift {
  migrationDir: string
  snapshot: string | null
  statements: string[]
  /** Migration files that src/migrations/index.ts does not list (prodMigrations would skip them). */
  unlisted: string[]
}

export async function schemaDrift(): Promise<Drift> {
  process.env.PAYLOAD_MIGRATING = 'true'
  await payload.init({ config, disableDBConnect: true, disableOnInit: true })
  try {
    const db = payload.db as unknown as DrizzleAdapter
    const dir = db.migrationDir
    const files = fs.existsSync(dir) ? fs.readdirSync(dir) : []
    const snapshot = files.filter((f) => f.endsWith('.json')).sort().reverse()[0] ?? null
    const kit = db.requireDrizzleKit()
    const after = await kit.generateDrizzleJson(db.schema)
    let before = snapshot ? JSON.parse(fs.readFileSync(path.join(dir, snapshot), 'utf8')) : db.defaultDrizzleSnapshot
    if (snapshot && kit.upSnapshot && before.version < after.version) before = kit.upSnapshot(before)
    const statements = await kit.generateMigration(before, after)
    const index = fs.existsSync(path.join(dir, 'index.ts')) ? fs.readFileSync(path.join(dir, 'index.ts'), 'utf8') : ''
    const unlisted = files
      .filter((f) => /^\d{8}_\d{6}.*\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ''))
      .filter((name) => !index.includes(`'${name}'`))
    return { migrationDir: dir, snapshot, statements, unlisted }
  } finally {
    await payload.destroy?.()
  }
}
