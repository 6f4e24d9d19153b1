'use client'

import { useAuth } from '@payloadcms/ui'
import React from 'react'

/** Extra admin navigation: the official's queue and the dashboard, above the collections. */
export function NavLinks() {
  const { user } = useAuth<{ role?: string }>()
  if (!user) return null
  const queue = ['admin', 'supervisor', 'official'].includes(String(user.role))
  return (
    <nav aria-label="诉求办理与统计" style={{ marginBottom: 'calc(var(--base) / 2)' }}>
      {queue ? (
        <a className="nav__link" href="/admin/queue" style={{ display: 'block', padding: '4px 0' }}>
          我的待办
        </a>
      ) : null}
      <a className="nav__link" href="/admin/dashboard" style={{ display: 'block', padding: '4px 0' }}>
        数据看板
      </a>
    </nav>
  )
}
