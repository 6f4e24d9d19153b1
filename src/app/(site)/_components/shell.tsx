import React from 'react'

import { WEBSITE_CSS } from '../../../../templates/website/styles'
import { ELDER_STYLE, siteHref } from './elder'

export type Section = 'home' | 'departments' | 'themes' | 'notices' | 'qa' | 'feedback' | 'search' | 'guides'

const NAV: { section: Section; href: string; label: string }[] = [
  { section: 'home', href: '/', label: '首页' },
  { section: 'departments', href: '/departments', label: '按部门' },
  { section: 'themes', href: '/themes', label: '按主题（人生事件）' },
  { section: 'notices', href: '/notices', label: '通知公告' },
  { section: 'qa', href: '/qa', label: '公开答复' },
  { section: 'feedback', href: '/feedback', label: '我要留言' },
  { section: 'search', href: '/search', label: '搜索' },
]

export interface Crumb {
  href?: string
  label: string
}

interface Props {
  /** This page's own path (no query), for the 长辈版 / 标准版 switch. */
  path: string
  /** The navigation entry marked as current, if any. */
  section?: Section
  elder: boolean
  /** 当前位置: the trail from the home page; the last crumb is this page. */
  crumbs?: Crumb[]
  children: React.ReactNode
}

/**
 * Every public page's frame: skip link, site name, main navigation, the 长辈版 switch, breadcrumbs,
 * one <main>. In 长辈版 the whole page (delivered fragments included) takes the template's elder
 * variables, and every site link keeps the mode.
 */
export function SiteShell({ path, section, elder, crumbs, children }: Props) {
  const href = (p: string) => siteHref(p, elder)
  return (
    <div className={elder ? 'site site-elder omni-elder' : 'site'} style={elder ? ELDER_STYLE : undefined}>
      <style dangerouslySetInnerHTML={{ __html: WEBSITE_CSS }} />
      <a className="skip" href="#main">
        跳到主要内容
      </a>
      <header className="site-header">
        <div className="wrap">
          <p className="site-name">
            <a href={href('/')}>示范市政务服务</a>
          </p>
          <nav aria-label="网站导航">
            <ul className="site-nav">
              {NAV.map((n) => (
                <li key={n.section}>
                  <a href={href(n.href)} aria-current={n.section === section ? 'page' : undefined}>
                    {n.label}
                  </a>
                </li>
              ))}
              <li className="site-mode">
                <a href={elder ? path : siteHref(path, true)}>{elder ? '切换到标准版' : '长辈版（大字号）'}</a>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      {crumbs && crumbs.length > 0 && (
        <nav className="wrap crumbs" aria-label="当前位置">
          <ol>
            {[{ href: '/', label: '首页' }, ...crumbs].map((c, i, all) => (
              <li key={`${i}-${c.label}`}>
                {i < all.length - 1 && c.href ? <a href={href(c.href)}>{c.label}</a> : <span aria-current="page">{c.label}</span>}
              </li>
            ))}
          </ol>
        </nav>
      )}
      <main id="main" className="wrap" tabIndex={-1}>
        {children}
      </main>
      <footer className="wrap site-footer">
        <p>
          政务服务便民热线：<a href="tel:12345">12345</a>。工作人员请 <a href="/admin">登录管理后台</a>。
        </p>
      </footer>
    </div>
  )
}
