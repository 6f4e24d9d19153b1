import type { Payload } from 'payload'

/** Floors a time to the start of its period, so every process computes the same slot. */
export function slotOf(now: Date, periodMs: number): Date {
  return new Date(Math.floor(now.getTime() / periodMs) * periodMs)
}

/**
 * Claims one (job, slot) by inserting a row with a unique key. When hub processes share a database
 * only one insert succeeds, so each tick runs once however many processes tick.
 */
export async function claim(payload: Payload, job: string, slot: Date): Promise<string | number | null> {
  return claimKey(payload, job, `${job}@${slot.toISOString()}`, slot)
}

/** Claims an arbitrary key once across processes (the outbox claims one state of a delivery). */
export async function claimKey(payload: Payload, job: string, key: string, slot = new Date()): Promise<string | number | null> {
  try {
    const row = await payload.create({
      collection: 'cron-runs',
      data: { key, job, slot: slot.toISOString(), status: 'running' },
      overrideAccess: true,
      depth: 0,
    })
    return row.id
  } catch (err) {
    if (isUniqueViolation(err)) return null
    throw err
  }
}

function isUniqueViolation(err: unknown): boolean {
  const e = err as { name?: string; message?: string; data?: { errors?: Array<{ path?: string }> } }
  if (e?.name === 'ValidationError' && e.data?.errors?.some((x) => x.path === 'key')) return true
  return /unique|duplicate|E11000/i.test(String(e?.message ?? ''))
}

export async function finish(
  payload: Payload,
  id: string | number,
  status: 'done' | 'failed',
  summary: string,
): Promise<void> {
  await payload.update({
    collection: 'cron-runs',
    id,
    data: { status, summary: summary.slice(0, 2000), finishedAt: new Date().toISOString() },
    overrideAccess: true,
    depth: 0,
  })
}
