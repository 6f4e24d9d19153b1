#!/usr/bin/env node
// Fails when the committed SQLite migrations (src/migrations) no longer match the schema the
// collections describe: `next start` creates and upgrades databases from those migrations only
// (the SQLite adapter never pushes the schema in production), so a missing migration means a
// production database without the new columns.
import path from 'node:path'
import { tsImport } from 'tsx/esm/api'

// Only the schema matters here; never the operator's database (or a MongoDB URI).
process.env.DATABASE_URI = 'file::memory:'
delete process.env.NODE_ENV

const { schemaDrift } = await tsImport('./lib/schemaDrift.ts', import.meta.url)
const drift = await schemaDrift()
const rel = path.relative(process.cwd(), drift.migrationDir) || '.'

const problems = []
if (drift.statements.length > 0) {
  problems.push(
    `数据库结构已变更，但没有对应的迁移 / The schema changed since the last migration` +
      ` (${drift.snapshot ?? 'no snapshot yet'}); ${drift.statements.length} pending statement(s):\n` +
      drift.statements.map((s) => '    ' + s.split('\n')[0]).slice(0, 20).join('\n') +
      (drift.statements.length > 20 ? '\n    …' : ''),
  )
}
if (drift.unlisted.length > 0) {
  problems.push(`${rel}/index.ts does not list: ${drift.unlisted.join(', ')}`)
}

if (problems.length === 0) {
  console.log(`migrations: up to date (${drift.snapshot ?? 'none'})`)
  process.exit(0)
}
console.error(`\nmigrations: OUT OF DATE\n\n  ${problems.join('\n\n  ')}\n`)
console.error(`  修复 / fix: npm run migrate:create -- <short_name>   (then commit ${rel}/*)\n`)
process.exit(1)
