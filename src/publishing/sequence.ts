import type { Payload } from 'payload'
import { sql } from '@payloadcms/db-sqlite'

/**
 * Next value of a named counter, atomically, whatever the number of hub processes: one SQL
 * statement on SQLite, findOneAndUpdate($inc) on MongoDB. The feed's cursors depend on it never
 * going backwards, which autoincrement ids don't promise once rows are deleted.
 */
export async function nextSequence(payload: Payload, name: string): Promise<number> {
  const db = payload.db as unknown as {
    name: string
    drizzle?: { all: (q: unknown) => Promise<Array<{ value: number }>>; run: (q: unknown) => Promise<unknown> }
    collections?: Record<string, { findOneAndUpdate: (...args: unknown[]) => Promise<{ value: number } | null> }>
  }
  if (db.drizzle) {
    const now = new Date().toISOString()
    await db.drizzle.run(
      sql`INSERT INTO sequences (name, value, updated_at, created_at) VALUES (${name}, 0, ${now}, ${now}) ON CONFLICT(name) DO NOTHING`,
    )
    const rows = await db.drizzle.all(
      sql`UPDATE sequences SET value = value + 1, updated_at = ${now} WHERE name = ${name} RETURNING value`,
    )
    return Number(rows[0].value)
  }
  const model = db.collections?.sequences
  if (!model) throw new Error(`不支持的数据库适配器 / unsupported database adapter: ${db.name}`)
  const doc = await model.findOneAndUpdate(
    { name },
    { $inc: { value: 1 }, $setOnInsert: { createdAt: new Date() }, $set: { updatedAt: new Date() } },
    { upsert: true, new: true, lean: true },
  )
  return Number(doc!.value)
}
