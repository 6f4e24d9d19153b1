import type { Payload, PayloadRequest, Where } from 'payload'

import { hasRole, staffOf } from '../../access/principal'

type Id = number | string

export interface QueueRow {
  id: Id
  caseNo: string
  maskedText: string
  channel: string
  status: string
  urgent: boolean
  category: string | null
  department: string | null
  assignee: string | null
  receivedAt: string
  dueAt: string | null
  /** 'overdue' | 'warning' (past the warn share) | 'ok' | 'none'. */
  deadline: 'overdue' | 'warning' | 'ok' | 'none'
  mine: boolean
}

const OPEN = ['triaged', 'assigned', 'reopened']

/**
 * An official's working queue: open cases they may read (their departments'; everything for
 * supervisors and admins), urgent first, then by deadline, the unrouted last. Read with the
 * user's own access, so the queue never shows a case the user could not open.
 */
export async function myQueue(payload: Payload, req: PayloadRequest, opts: { onlyMine?: boolean; now?: Date; warnAt?: number } = {}): Promise<QueueRow[]> {
  const staff = staffOf(req.user)
  if (!staff) return []
  const now = opts.now ?? new Date()
  const warnAt = opts.warnAt ?? 0.8
  const where: Where = { and: [{ status: { in: OPEN } }, ...(opts.onlyMine ? [{ assignee: { equals: staff.id } }] : [])] }
  const { docs } = await payload.find({
    collection: 'feedback',
    where,
    sort: 'sla.dueAt',
    limit: 500,
    depth: 1,
    req,
    overrideAccess: false,
    select: { caseNo: true, maskedText: true, channel: true, status: true, triage: true, department: true, assignee: true, receivedAt: true, sla: true },
  })
  const rows = (docs as unknown as Array<Record<string, any>>).map((d): QueueRow => {
    const due = d.sla?.dueAt ? new Date(d.sla.dueAt).getTime() : null
    const start = new Date(d.receivedAt).getTime()
    let deadline: QueueRow['deadline'] = 'none'
    if (due !== null) deadline = now.getTime() > due ? 'overdue' : now.getTime() >= start + warnAt * (due - start) ? 'warning' : 'ok'
    return {
      id: d.id,
      caseNo: d.caseNo,
      maskedText: d.maskedText ?? '',
      channel: d.channel,
      status: d.status,
      urgent: !!d.triage?.urgent,
      category: d.triage?.category ?? null,
      department: d.department?.shortName ?? d.department?.name ?? null,
      assignee: d.assignee?.name ?? null,
      receivedAt: d.receivedAt,
      dueAt: d.sla?.dueAt ?? null,
      deadline,
      mine: String(d.assignee?.id ?? d.assignee ?? '') === String(staff.id),
    }
  })
  const rank = (r: QueueRow) => (r.urgent ? 0 : r.dueAt ? 1 : 2)
  return rows.sort((a, b) => rank(a) - rank(b) || (a.dueAt ?? '').localeCompare(b.dueAt ?? '') || a.receivedAt.localeCompare(b.receivedAt))
}

export const canUseQueue = (req: PayloadRequest): boolean => hasRole(req.user, 'admin', 'supervisor', 'official')
