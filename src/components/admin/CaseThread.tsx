'use client'

import { useDocumentInfo } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'
import { beijingStamp } from '../../../templates/shared/dates'

interface Entry {
  id: string | number
  caseNo: string
  channel: string
  receivedAt: string
  maskedText: string
  text?: string
  contact?: { name?: string; phone?: string; email?: string }
}
interface Thread {
  case: Entry & { timeline?: Array<{ at: string; action: string; note?: string }> }
  followUps: Entry[]
  responses: Array<{ id: string | number; body: string; status: string; route?: string; sentAt?: string; author?: string; error?: string }>
}

const bj = (iso?: string) => beijingStamp(iso)
const box: React.CSSProperties = { border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 12, marginBottom: 8 }

/** The case view's thread: what the citizen wrote (original only if allowed), follow-ups, answers, history. */
export function CaseThread() {
  const { id } = useDocumentInfo()
  const [thread, setThread] = useState<Thread | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    if (!id) return
    fetch(`/api/feedback/${id}/thread`, { credentials: 'include' })
      .then(async (r) => (r.ok ? setThread(await r.json()) : setError(`加载失败（HTTP ${r.status}）`)))
      .catch(() => setError('加载失败'))
  }, [id])
  if (!id) return null
  if (error) return <p role="alert">{error}</p>
  if (!thread) return <p>正在加载会话…</p>
  const entries: Array<{ at: string; who: string; body: string; note?: string }> = [
    { at: thread.case.receivedAt, who: `市民（${thread.case.caseNo}）`, body: thread.case.text ?? thread.case.maskedText },
    ...thread.followUps.map((f) => ({ at: f.receivedAt, who: `市民追加（${f.caseNo}）`, body: f.text ?? f.maskedText })),
    ...thread.responses.map((r) => ({ at: r.sentAt ?? '', who: `答复 · ${r.author ?? ''}`, body: r.body, note: `${r.status}${r.route ? ` · ${r.route}` : ''}${r.error ? ` · ${r.error}` : ''}` })),
  ].sort((a, b) => (a.at || '9').localeCompare(b.at || '9'))
  return (
    <section aria-label="会话记录" style={{ marginBottom: 24 }}>
      <h3>会话记录</h3>
      {entries.map((e, i) => (
        <div key={i} style={box}>
          <div style={{ fontSize: 12, color: 'var(--theme-elevation-600)' }}>
            {bj(e.at) || '未发送'} · {e.who} {e.note ? `· ${e.note}` : ''}
          </div>
          <div style={{ whiteSpace: 'pre-wrap', marginTop: 4 }}>{e.body}</div>
        </div>
      ))}
      {thread.case.timeline?.length ? (
        <details>
          <summary>办理记录（{thread.case.timeline.length}）</summary>
          <ol>
            {thread.case.timeline.map((t, i) => (
              <li key={i}>
                {bj(t.at)} {t.action} {t.note ? `— ${t.note}` : ''}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </section>
  )
}
