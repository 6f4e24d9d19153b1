import type { FeedbackCategory } from '../labels'
import type { DurationUnit, SlaPolicy } from '../settings/defaults'
import { addWorkingDays, addWorkingHours } from './calendar'

export function addDuration(from: Date, amount: number, unit: DurationUnit): Date {
  if (unit === 'working_days') return addWorkingDays(from, amount)
  if (unit === 'working_hours') return addWorkingHours(from, amount)
  return new Date(from.getTime() + amount * 3600_000)
}

/** First matching policy in order: urgent ones only match urgent cases, empty category matches all. */
export function pickPolicy(policies: SlaPolicy[], c: { category?: FeedbackCategory | null; urgent?: boolean }): SlaPolicy | null {
  return (
    policies.find((p) => (p.urgent ? !!c.urgent : true) && (!p.category || p.category === c.category)) ?? null
  )
}

export interface Deadlines {
  policy: string
  firstResponseDue: Date
  dueAt: Date
}

export function deadlinesFor(policies: SlaPolicy[], receivedAt: Date, c: { category?: FeedbackCategory | null; urgent?: boolean }): Deadlines | null {
  const p = pickPolicy(policies, c)
  if (!p) return null
  return {
    policy: p.name,
    firstResponseDue: addDuration(receivedAt, p.firstResponse, p.firstResponseUnit),
    dueAt: addDuration(receivedAt, p.resolution, p.resolutionUnit),
  }
}
