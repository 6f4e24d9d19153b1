import { describe, expect, it } from 'vitest'

import { addWorkingDays, addWorkingHours, beijingDate, workingHoursBetween } from '../../src/feedback/sla/calendar'
import { deadlinesFor, pickPolicy } from '../../src/feedback/sla/policy'
import { DEFAULT_SLA_POLICIES } from '../../src/feedback/settings/defaults'

/** Beijing wall-clock time as an instant. */
const bj = (s: string) => new Date(`${s}+08:00`)

describe('working time on the official Chinese calendar', () => {
  it('skips the National Day holiday and counts the make-up working Saturday', () => {
    // Received Wed 2026-09-30. Oct 1-7 are holidays; Sat Oct 10 is a make-up working day.
    // Working days after receipt: Oct 8, Oct 9, Oct 10 (Sat), Oct 12, Oct 13.
    const due = addWorkingDays(bj('2026-09-30T10:00:00'), 5)
    expect(beijingDate(due)).toBe('2026-10-13')
    expect(due.toISOString()).toBe(bj('2026-10-13T17:00:00').toISOString())
    // A naive weekday count would say Oct 7 (inside the holiday); ignoring the make-up day, Oct 14.
    expect(beijingDate(addWorkingDays(bj('2026-09-30T10:00:00'), 3))).toBe('2026-10-10')
  })

  it('counts working hours only inside office hours of working days', () => {
    // 16:00 on the last working day before National Day: 1 h left that day, the rest on Oct 8.
    const due = addWorkingHours(bj('2026-09-30T16:00:00'), 4)
    expect(due.toISOString()).toBe(bj('2026-10-08T12:00:00').toISOString())
    // Friday evening to Monday morning is no working time at all.
    expect(addWorkingHours(bj('2026-11-27T20:00:00'), 1).toISOString()).toBe(bj('2026-11-30T10:00:00').toISOString())
    expect(workingHoursBetween(bj('2026-09-30T16:00:00'), bj('2026-10-08T12:00:00'))).toBe(4)
  })

  it('works in Beijing time whatever the instant: 23:30 UTC is already the next Beijing day', () => {
    expect(beijingDate(new Date('2026-11-26T23:30:00Z'))).toBe('2026-11-27')
  })
})

describe('SLA policies', () => {
  it('matches urgent first, then the category, then the catch-all', () => {
    expect(pickPolicy(DEFAULT_SLA_POLICIES, { category: 'complaint', urgent: true })?.name).toBe('紧急诉求')
    expect(pickPolicy(DEFAULT_SLA_POLICIES, { category: 'consultation', urgent: false })?.name).toBe('咨询')
    expect(pickPolicy(DEFAULT_SLA_POLICIES, { category: 'report', urgent: false })?.name).toBe('投诉举报求助')
  })

  it('computes both deadlines from the receipt time', () => {
    const d = deadlinesFor(DEFAULT_SLA_POLICIES, bj('2026-09-30T10:00:00'), { category: 'complaint', urgent: false })!
    expect(beijingDate(d.firstResponseDue)).toBe('2026-10-08')
    expect(beijingDate(d.dueAt)).toBe('2026-10-13')
    const urgent = deadlinesFor(DEFAULT_SLA_POLICIES, bj('2026-10-01T10:00:00'), { category: 'help', urgent: true })!
    // Urgent cases run on calendar hours, holidays included.
    expect(urgent.firstResponseDue.toISOString()).toBe(bj('2026-10-01T11:00:00').toISOString())
  })
})
