import type { Payload } from 'payload'

import { claimKey } from '../../clock/lease'

/** Payload hands dates out as toISOString(); compare the stored text in that same form. */
const iso = (column: string) => `strftime('%Y-%m-%dT%H:%M:%fZ', ${column})`

type Libsql = { execute: (q: { sql: string; args: unknown[] }) => Promise<{ rowsAffected: number }> }

export interface ClaimedState {
  status: 'sending' | 'pending'
  claimedAt: string
  attempts: number
}

/** The columns that together tell one state of a delivery from any later one (see claimDelivery). */
export interface SeenState {
  id: number | string
  status: string
  attempts: number
  updatedAt: string
  nextAttemptAt?: string | null
  claimedAt?: string | null
}

/**
 * Takes one state of a delivery for this process: exactly one process wins, however many work
 * the outbox. SQLite: one compare-and-set (the row is still in the state that was read) that also
 * writes the new state, so a claim costs one write instead of a `cron-runs` row plus an update.
 * The state is compared on status, attempts, both times and `updated_at`: every transition changes
 * one of them even when two writes fall within the same millisecond. Other adapters: a unique
 * `cron-runs` key built from the same columns, then the update.
 */
export async function claimDelivery(payload: Payload, seen: SeenState, next: ClaimedState): Promise<boolean> {
  const client = (payload.db as unknown as { client?: Libsql }).client
  if (payload.db.name === 'sqlite' && client?.execute) {
    const updatedAt = new Date(Math.max(Date.now(), Date.parse(seen.updatedAt) + 1)).toISOString()
    const { rowsAffected } = await client.execute({
      sql: `UPDATE deliveries SET status = ?, claimed_at = ?, attempts = ?, updated_at = ?
        WHERE id = ? AND status = ? AND attempts IS ? AND ${iso('updated_at')} = ? AND ${iso('next_attempt_at')} IS ? AND ${iso('claimed_at')} IS ?`,
      args: [next.status, next.claimedAt, next.attempts, updatedAt, seen.id, seen.status, seen.attempts, seen.updatedAt, seen.nextAttemptAt ?? null, seen.claimedAt ?? null],
    })
    return rowsAffected === 1
  }
  const key = ['delivery', seen.id, seen.status, seen.attempts, seen.updatedAt, seen.nextAttemptAt ?? '', seen.claimedAt ?? ''].join(':')
  if (!(await claimKey(payload, 'delivery', key))) return false
  await payload.update({ collection: 'deliveries', id: seen.id, data: next, depth: 0, overrideAccess: true })
  return true
}
