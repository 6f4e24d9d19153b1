import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { CATEGORY_LABELS, FEEDBACK_CHANNEL_LABELS, STATUS_LABELS } from '../../feedback/labels'
import { canUseQueue, myQueue, type QueueRow } from '../../feedback/queue/myQueue'
import { beijingStamp } from '../../../templates/shared/dates'

const bj = (iso: string | null) => beijingStamp(iso).slice(5) || '—'
const DEADLINE: Record<QueueRow['deadline'], { label: string; color: string }> = {
  overdue: { label: '已超期', color: '#b42318' },
  warning: { label: '即将到期', color: '#b54708' },
  ok: { label: '时限内', color: '#067647' },
  none: { label: '未定时限', color: '#475467' },
}
const cell: React.CSSProperties = { padding: '8px 10px', borderBottom: '1px solid var(--theme-elevation-100)', verticalAlign: 'top', textAlign: 'left' }

/** 我的待办: the official's queue, urgent first then by deadline (admin route /admin/queue). */
export async function MyQueueView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, visibleEntities, permissions, locale } = initPageResult
  if (!req.user) redirect('/admin/login')
  const onlyMine = searchParams?.mine === '1'
  const rows = canUseQueue(req) ? await myQueue(req.payload, req, { onlyMine }) : []
  const overdue = rows.filter((r) => r.deadline === 'overdue').length
  return (
    <DefaultTemplate i18n={req.i18n} locale={locale} params={params} payload={req.payload} permissions={permissions} searchParams={searchParams} user={req.user} visibleEntities={visibleEntities}>
      <Gutter>
        <h1 style={{ marginBottom: 8 }}>我的待办</h1>
        <p style={{ color: 'var(--theme-elevation-600)' }}>
          共 {rows.length} 件待办，其中紧急 {rows.filter((r) => r.urgent).length} 件、超期 {overdue} 件。紧急诉求置顶，其余按办结期限排序。
          {' '}
          <a href={onlyMine ? '/admin/queue' : '/admin/queue?mine=1'}>{onlyMine ? '查看本部门全部' : '只看分配给我的'}</a>
          {' · '}
          <a href="/admin/collections/topics">舆情话题</a>
        </p>
        {!canUseQueue(req) ? (
          <p>待办仅对答复人员、督办与系统管理员开放。</p>
        ) : rows.length === 0 ? (
          <p>暂无待办诉求。</p>
        ) : (
          <table style={{ width: '100%', borderCollapse: 'collapse', fontSize: 14 }}>
            <caption style={{ textAlign: 'left', marginBottom: 8 }}>待办诉求（内容已脱敏）</caption>
            <thead>
              <tr>
                {['受理编号', '诉求内容', '类别', '渠道', '承办部门', '承办人', '状态', '办结期限'].map((h) => (
                  <th key={h} scope="col" style={{ ...cell, fontWeight: 600 }}>{h}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={String(r.id)} style={r.urgent ? { background: 'rgba(180,35,24,0.06)' } : undefined}>
                  <td style={cell}>
                    <a href={`/admin/collections/feedback/${r.id}`}>{r.caseNo}</a>
                    {r.urgent ? <strong style={{ color: '#b42318', marginLeft: 6 }}>紧急</strong> : null}
                  </td>
                  <td style={{ ...cell, maxWidth: 420 }}>{r.maskedText.length > 80 ? `${r.maskedText.slice(0, 80)}…` : r.maskedText}</td>
                  <td style={cell}>{r.category ? (CATEGORY_LABELS as Record<string, string>)[r.category] : '—'}</td>
                  <td style={cell}>{(FEEDBACK_CHANNEL_LABELS as Record<string, string>)[r.channel] ?? r.channel}</td>
                  <td style={cell}>{r.department ?? '待分拨'}</td>
                  <td style={cell}>{r.assignee ?? '—'}</td>
                  <td style={cell}>{(STATUS_LABELS as Record<string, string>)[r.status] ?? r.status}</td>
                  <td style={{ ...cell, color: DEADLINE[r.deadline].color, whiteSpace: 'nowrap' }}>
                    {bj(r.dueAt)}
                    <br />
                    {DEADLINE[r.deadline].label}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
