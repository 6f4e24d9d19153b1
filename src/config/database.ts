import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import fs from 'node:fs'
import path from 'node:path'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '../migrations'

export const DEFAULT_DATABASE_URI = 'file:./data/omnihub.db'

export type DatabaseKind = 'sqlite' | 'mongodb'

/** Which adapter a DATABASE_URI selects; throws a readable error for anything else. */
export function databaseKind(uri: string): DatabaseKind {
  if (uri === ':memory:' || uri.startsWith('file:') || uri.startsWith('libsql:')) return 'sqlite'
  if (uri.startsWith('mongodb://') || uri.startsWith('mongodb+srv://')) return 'mongodb'
  throw new Error(
    `DATABASE_URI 无法识别（应为 file: 或 mongodb://）/ DATABASE_URI not understood (expected file: or mongodb://): ${redactUri(uri)}`,
  )
}

/** Never print credentials that a connection string may carry. */
export function redactUri(uri: string): string {
  return uri.replace(/\/\/([^@/]*)@/, '//***@')
}

export function databaseAdapter(uri: string = process.env.DATABASE_URI || DEFAULT_DATABASE_URI): DatabaseAdapterObj {
  if (databaseKind(uri) === 'mongodb') {
    return mongooseAdapter({ url: uri, migrationDir: path.resolve(process.cwd(), 'src/migrations/mongodb') })
  }
  ensureSqliteDirectory(uri)
  return sqliteAdapter({
    client: { url: uri },
    migrationDir: path.resolve(process.cwd(), 'src/migrations'),
    // `next start` runs with NODE_ENV=production, where the adapter does not push the schema:
    // the committed migrations create and upgrade the database instead.
    prodMigrations: migrations,
  })
}

function ensureSqliteDirectory(uri: string): void {
  if (!uri.startsWith('file:') || uri.includes(':memory:')) return
  const file = uri.slice('file:'.length).split('?')[0]
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
}
