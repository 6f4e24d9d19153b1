import type { Metadata } from 'next'
import React from 'react'

import './site.css'

export const metadata: Metadata = {
  title: '示范市政务服务 · 政务融媒体中枢',
  description: '示范市政务服务中心：办事指南与通知公告',
}

/** The public site's own root layout: the admin's (payload) group renders a separate <html>. */
export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>{children}</body>
    </html>
  )
}
