'use client'

import { Button, useAuth, useConfig, useDocumentInfo, useFormFields, useFormModified } from '@payloadcms/ui'
import React, { useId, useState } from 'react'

import type { Role } from '../access/principal'
import { ACTION_LABELS, STATE_LABELS, type RequestableAction, type WorkflowState } from '../publishing/workflow/states'
import { useChannelPreview } from './ChannelPreviewData'
import { ChannelPreviewProblems } from './ChannelPreviewProblems'

/** Who may ask for what, from which state: mirrors the server's machine so we only offer what can work. */
const RULES: Record<RequestableAction, { from: WorkflowState[]; roles: Role[] }> = {
  submit: { from: ['draft', 'withdrawn'], roles: ['editor', 'admin'] },
  approve: { from: ['submitted'], roles: ['reviewer', 'admin'] },
  reject: { from: ['submitted', 'approved'], roles: ['reviewer', 'admin'] },
  publish: { from: ['approved'], roles: ['reviewer', 'admin'] },
  withdraw: { from: ['published'], roles: ['reviewer', 'admin'] },
}
const ORDER: RequestableAction[] = ['submit', 'approve', 'publish', 'reject', 'withdraw']
const row: React.CSSProperties = { display: 'flex', flexWrap: 'wrap', gap: 'calc(var(--base) / 2)', marginTop: 'calc(var(--base) / 4)' }

interface ErrorBody {
  errors?: Array<{ message?: string; zh?: string; en?: string }>
}

function errorText(body: ErrorBody | null, status: number): string {
  const e = body?.errors?.[0]
  if (e?.zh || e?.en) return [e.zh, e.en].filter(Boolean).join(' / ')
  return e?.message ?? `操作失败（HTTP ${status}）/ Request failed (HTTP ${status})`
}

/** Sidebar panel of the editorial workflow (先审后发): current state and the actions open to this user. */
export function WorkflowActions() {
  const { id, collectionSlug } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const modified = useFormModified()
  const state = useFormFields(([fields]) => fields['workflow.state']?.value as WorkflowState | undefined) ?? 'draft'
  const level = useFormFields(([fields]) => fields['workflow.level']?.value as number | undefined) ?? 0
  const required = useFormFields(([fields]) => fields['workflow.requiredLevels']?.value as number | undefined) ?? 1
  const rejection = useFormFields(([fields]) => fields['workflow.rejectionReason']?.value as string | undefined)
  const [busy, setBusy] = useState<RequestableAction | null>(null)
  const [rejecting, setRejecting] = useState(false)
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const reasonId = useId()
  // The saved edition's channel limit problems: publishing would leave those channels' deliveries dead.
  const preview = useChannelPreview()
  const problems = preview.status === 'ready' ? preview.preview.problems : []

  // Nothing to act on until the document exists.
  if (!id || !collectionSlug) return null

  const role = (user as { role?: Role } | null)?.role
  const allowed = ORDER.filter((a) => role && RULES[a].roles.includes(role) && RULES[a].from.includes(state))

  async function run(action: RequestableAction) {
    if (action === 'withdraw' && !window.confirm('撤回后该内容将从各发布渠道下线，确定撤回？')) return
    setBusy(action)
    setError(null)
    try {
      const res = await fetch(`${config.serverURL}${config.routes.api}/${collectionSlug}/${id}/workflow`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(action === 'reject' ? { action, reason: reason.trim() } : { action }),
      })
      if (!res.ok) {
        setError(errorText(await res.json().catch(() => null), res.status))
        return
      }
      // A full reload re-reads the document, its versions and the publish status everywhere on the page.
      window.location.reload()
    } catch (err) {
      setError(`网络错误 / Network error: ${(err as Error).message}`)
    } finally {
      setBusy(null)
    }
  }

  return (
    <section className="workflow-actions" aria-label="审核流程操作" style={{ marginBottom: 'var(--base)' }}>
      <p style={{ margin: 0 }}>
        当前状态：<strong data-state={state}>{STATE_LABELS[state] ?? state}</strong>
        {state === 'submitted' && required > 1 ? `（已审 ${level}/${required} 级）` : null}
      </p>
      {state === 'draft' && rejection ? <p style={{ margin: '4px 0' }}>退回原因：{rejection}</p> : null}
      {modified && allowed.length > 0 ? (
        <p role="note" style={{ margin: '4px 0', color: 'var(--theme-warning-500)' }}>
          有未保存的修改，请先保存再执行审核操作。
        </p>
      ) : null}
      {rejecting ? (
        <div>
          <label htmlFor={reasonId}>退回原因（必填）</label>
          <textarea
            id={reasonId}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            rows={3}
            style={{ width: '100%', font: 'inherit', padding: '4px 8px' }}
          />
          <div style={row}>
            <Button
              buttonStyle="primary"
              size="small"
              margin={false}
              disabled={!reason.trim() || busy !== null || modified}
              onClick={() => void run('reject')}
            >
              {busy === 'reject' ? '处理中…' : '确认退回'}
            </Button>
            <Button buttonStyle="secondary" size="small" margin={false} disabled={busy !== null} onClick={() => setRejecting(false)}>
              取消
            </Button>
          </div>
        </div>
      ) : (
        <div style={row}>
          {allowed.map((action) => (
            <Button
              key={action}
              buttonStyle={action === 'reject' || action === 'withdraw' ? 'secondary' : 'primary'}
              size="small"
              margin={false}
              disabled={busy !== null || modified}
              onClick={() => (action === 'reject' ? setRejecting(true) : void run(action))}
            >
              {busy === action ? '处理中…' : ACTION_LABELS[action]}
            </Button>
          ))}
        </div>
      )}
      <ChannelPreviewProblems
        problems={problems}
        heading={allowed.includes('publish') ? '发布前请处理，否则以下渠道投递会失败' : '渠道限制问题（发布前须处理）'}
      />
      {error ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)', margin: '4px 0' }}>
          {error}
        </p>
      ) : null}
    </section>
  )
}
