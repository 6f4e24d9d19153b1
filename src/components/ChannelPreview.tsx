'use client'

import { Button, useFormModified } from '@payloadcms/ui'
import React, { useId, useState } from 'react'

import type { ChannelPreview as Channel } from '../publishing/preview/types'
import { useChannelPreview } from './ChannelPreviewData'
import { ChannelPreviewProblems } from './ChannelPreviewProblems'

const RED = 'var(--theme-error-500, #b3261e)'
const GREEN = 'var(--theme-success-500, #1a7f37)'

/**
 * 渠道预览: the saved edition as each targeted channel will show it (website and WeChat HTML, the
 * app's blocks and the kiosk's screens drawn plainly) in a sandboxed iframe, one tab per channel,
 * with every limit problem in red above the tabs.
 */
export function ChannelPreview() {
  const state = useChannelPreview()
  const modified = useFormModified()
  const [picked, setPicked] = useState<string | null>(null)
  const base = useId()

  if (state.status === 'idle' || state.status === 'loading') {
    return state.status === 'idle' ? <p>保存后可在此预览各渠道的显示效果。</p> : <p role="status">正在生成各渠道预览…</p>
  }
  if (state.status === 'forbidden' || state.status === 'error') {
    return (
      <p role="alert" style={{ color: state.status === 'error' ? RED : undefined }}>
        {state.message}
      </p>
    )
  }
  const { preview } = state
  const channels = preview.channels
  const current = channels.find((c) => c.channel === picked) ?? channels[0]

  return (
    <section className="channel-preview" aria-labelledby={`${base}-heading`} style={{ marginBottom: 'var(--base)' }}>
      <h3 id={`${base}-heading`} style={{ margin: '0 0 8px' }}>
        各渠道显示效果
      </h3>
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 12 }}>
        <p style={{ margin: 0 }}>
          预览的是已保存的{preview.status === 'published' ? '线上版本' : '最新稿件'}（{preview.title}），发布到：
          {channels.map((c) => c.label).join('、')}。
        </p>
        <Button buttonStyle="secondary" size="small" margin={false} onClick={state.reload}>
          刷新预览
        </Button>
      </div>
      {modified && (
        <p role="note" style={{ color: 'var(--theme-warning-500)', margin: '4px 0' }}>
          有未保存的修改：预览显示的是上次保存的内容，保存后自动更新。
        </p>
      )}
      {preview.problems.length ? (
        <ChannelPreviewProblems problems={preview.problems} heading="发布前需处理的渠道限制问题" />
      ) : (
        <p style={{ color: GREEN, margin: '8px 0' }}>各发布渠道均无限制问题。</p>
      )}
      <div role="tablist" aria-label="发布渠道" style={{ display: 'flex', flexWrap: 'wrap', gap: 4, borderBottom: '1px solid var(--theme-elevation-150)' }}>
        {channels.map((c) => (
          <button
            key={c.channel}
            type="button"
            role="tab"
            id={`${base}-tab-${c.channel}`}
            aria-selected={c === current}
            aria-controls={`${base}-panel`}
            onClick={() => setPicked(c.channel)}
            style={tabStyle(c === current)}
          >
            {c.label}
            {c.problems.length > 0 || c.error ? <span style={{ color: RED, marginLeft: 4 }}>（{c.error ? '渲染失败' : `${c.problems.length}个问题`}）</span> : null}
          </button>
        ))}
      </div>
      {current && <Panel id={`${base}-panel`} labelledBy={`${base}-tab-${current.channel}`} channel={current} />}
    </section>
  )
}

function Panel({ id, labelledBy, channel }: { id: string; labelledBy: string; channel: Channel }) {
  return (
    <div role="tabpanel" id={id} aria-labelledby={labelledBy} style={{ paddingTop: 8 }}>
      {channel.error ? (
        <p role="alert" style={{ color: RED }}>
          {channel.error}
        </p>
      ) : (
        <>
          {/* No scripts, no same-origin: the rendering is shown, never run. */}
          <iframe
            title={`${channel.label}预览：${channel.title}`}
            sandbox=""
            srcDoc={channel.html}
            style={{ width: '100%', height: '70vh', minHeight: 480, border: '1px solid var(--theme-elevation-150)', background: '#fff' }}
          />
          <details style={{ marginTop: 8 }}>
            <summary>渠道收到的数据（JSON）</summary>
            <pre style={{ maxHeight: 400, overflow: 'auto', fontSize: 12, whiteSpace: 'pre-wrap' }}>{JSON.stringify(channel.data, null, 2)}</pre>
          </details>
        </>
      )}
    </div>
  )
}

function tabStyle(active: boolean): React.CSSProperties {
  return {
    font: 'inherit',
    padding: '6px 14px',
    border: '1px solid var(--theme-elevation-150)',
    borderBottom: active ? '3px solid var(--theme-elevation-800)' : '1px solid var(--theme-elevation-150)',
    background: active ? 'var(--theme-elevation-50)' : 'transparent',
    color: 'var(--theme-text)',
    fontWeight: active ? 'bold' : 'normal',
    cursor: 'pointer',
  }
}
