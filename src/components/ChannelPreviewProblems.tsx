'use client'

import React from 'react'

import type { PreviewProblem } from '../publishing/preview/types'

const RED = 'var(--theme-error-500, #b3261e)'

/**
 * Channel limit problems as a red list: each names the channel, the field, the limit and the fix.
 * Each one makes that channel's delivery fail, so they are shown before anyone publishes.
 */
export function ChannelPreviewProblems({ problems, heading }: { problems: PreviewProblem[]; heading: string }) {
  if (!problems.length) return null
  return (
    <div
      className="channel-problems"
      role="region"
      aria-label={heading}
      style={{ border: `2px solid ${RED}`, borderRadius: 4, padding: '8px 12px', margin: '8px 0', color: RED }}
    >
      <p style={{ margin: 0, fontWeight: 'bold' }}>
        {heading}（{problems.length}）
      </p>
      <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
        {problems.map((p, i) => (
          <li key={`${p.channel}-${p.field}-${i}`} data-channel={p.channel} data-field={p.field} lang="zh-CN">
            {/* The message names the channel, the field and the limit (templates/shared/limits.ts). */}
            {p.zh}
            <span lang="en" style={{ display: 'block', fontSize: '0.85em', opacity: 0.85 }}>
              {p.en}
            </span>
          </li>
        ))}
      </ul>
    </div>
  )
}
