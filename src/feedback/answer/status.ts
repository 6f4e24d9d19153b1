import type { Payload } from 'payload'

import type { ChannelRecord } from '../../../channels/types'
import type { FeedbackStatus } from '../labels'
import { departmentName } from './lookup'
import { channelCase } from './returnVisit'
import { isVisitOpen } from './visit'

/** Statuses as a citizen reads them: the hub's internal steps (待分析, 待分拨) are all 已受理 to them. */
export const PUBLIC_STATUS_LABELS: Record<FeedbackStatus, string> = {
  new: '已受理',
  triaged: '已受理',
  assigned: '办理中',
  answered: '已答复',
  closed: '已办结',
  reopened: '重新办理中',
  spam: '不予受理',
  merged: '已合并办理',
}

export interface FeedbackStatusView {
  caseNo: string
  status: FeedbackStatus
  statusLabel: string
  /** 受理日期 */
  receivedAt: string
  /** 答复日期: the latest answer that reached the citizen. */
  answeredAt: string | null
  /** 答复部门 */
  department: string | null
  /** The latest answer (stored masked); withheld unless public or the caller proved the item is theirs (clientId). */
  answer: string | null
  returnVisitOpen: boolean
}

/**
 * feedbackStatus for a channel client: only items that came in through the calling channel. A kiosk
 * is a public terminal and case numbers are sequential, so an answer not marked public is shown only
 * to a client that also gives the item's client id.
 */
export async function feedbackStatusFor(payload: Payload, channel: Pick<ChannelRecord, 'id'>, caseNo: string, clientId?: string | null): Promise<FeedbackStatusView | null> {
  const c = await channelCase(payload, channel, caseNo, clientId)
  if (!c) return null
  const { docs } = await payload.find({
    collection: 'responses',
    where: { and: [{ feedback: { equals: c.id } }, { status: { equals: 'sent' } }] },
    sort: '-sentAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { body: true, sentAt: true, department: true, public: true },
  })
  const latest = docs[0] as { body: string; sentAt: string; department?: unknown; public?: boolean } | undefined
  const owner = !!clientId && clientId === c.clientId
  return {
    caseNo: c.caseNo,
    status: c.status,
    statusLabel: PUBLIC_STATUS_LABELS[c.status] ?? c.status,
    receivedAt: c.receivedAt,
    answeredAt: latest?.sentAt ?? null,
    department: latest ? await departmentName(payload, latest.department ?? c.department) : null,
    answer: latest && (latest.public || owner) ? latest.body : null,
    returnVisitOpen: isVisitOpen(c),
  }
}
