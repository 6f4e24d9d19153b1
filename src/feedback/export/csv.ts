import type { PayloadRequest, Where } from 'payload'

import { maskPii } from '../../text/pii'
import { CATEGORY_LABELS, FEEDBACK_CHANNEL_LABELS, SENTIMENT_LABELS, STATUS_LABELS } from '../labels'
import { beijingStamp } from '../../../templates/shared/dates'

const bj = beijingStamp

/** One CSV cell: quoted, quotes doubled, and formulas defused (a cell starting with = runs in Excel). */
export function csvCell(value: unknown): string {
  let s = value === null || value === undefined ? '' : String(value)
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`
  return `"${s.replace(/"/g, '""')}"`
}

export const HEADERS = ['受理编号', '受理时间', '来源渠道', '诉求类别', '情感倾向', '紧急', '承办部门', '状态', '办结期限', '首次响应', '办结时间', '按时办结', '评价', '诉求内容（已脱敏）']

/**
 * Cases as CSV for spreadsheets (UTF-8 with BOM so Excel reads Chinese). Read with the caller's
 * access, and every cell goes through the masker again: an export never carries the original
 * text or contact data, whoever asks.
 */
export async function exportCasesCsv(req: PayloadRequest, where: Where = {}): Promise<string> {
  const { docs } = await req.payload.find({
    collection: 'feedback',
    where,
    sort: 'receivedAt',
    pagination: false,
    depth: 1,
    req,
    overrideAccess: false,
    select: { caseNo: true, receivedAt: true, channel: true, triage: true, department: true, status: true, sla: true, rating: true, maskedText: true },
  })
  const lines = [HEADERS.map(csvCell).join(',')]
  for (const d of docs as unknown as Array<Record<string, any>>) {
    const closed = d.sla?.closedAt
    const due = d.sla?.dueAt
    const onTime = closed && due ? (closed <= due ? '是' : '否') : ''
    const row = [
      d.caseNo,
      bj(d.receivedAt),
      (FEEDBACK_CHANNEL_LABELS as Record<string, string>)[d.channel] ?? d.channel,
      (CATEGORY_LABELS as Record<string, string>)[d.triage?.category] ?? '',
      (SENTIMENT_LABELS as Record<string, string>)[d.triage?.sentiment] ?? '',
      d.triage?.urgent ? '是' : '否',
      d.department?.name ?? '',
      (STATUS_LABELS as Record<string, string>)[d.status] ?? d.status,
      bj(due),
      bj(d.sla?.firstResponseAt),
      bj(closed),
      onTime,
      d.rating ?? '',
      d.maskedText ?? '',
    ]
    lines.push(row.map((v) => csvCell(typeof v === 'string' ? maskPii(v) : v)).join(','))
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n'
}
