import React from 'react'

import { formatDateTime } from '../../../../templates/shared/dates'
import type { CatalogItem } from '../../../publishing/website/catalog'
import type { DepartmentSummary, ThemeSummary } from '../../../publishing/website/listings'
import { siteHref } from './elder'

type Level = 2 | 3

const guidePath = (code: string) => `/guides/${encodeURIComponent(code)}`
export const noticePath = (slug: string) => `/notices/${encodeURIComponent(slug)}`
export const departmentPath = (code: string) => `/departments/${encodeURIComponent(code)}`
export const themePath = (theme: string) => `/themes/${encodeURIComponent(theme)}`

function Heading({ level, children }: { level: Level; children: React.ReactNode }) {
  return level === 2 ? <h2>{children}</h2> : <h3>{children}</h3>
}

/** Guides as a list of titled entries; `level` keeps heading levels unbroken on each page. */
export function GuideList({ guides, elder, level, showDepartment = true }: { guides: CatalogItem[]; elder: boolean; level: Level; showDepartment?: boolean }) {
  return (
    <ul className="entries">
      {guides.map((g) => (
        <li key={g.key}>
          <Heading level={level}>
            <a href={siteHref(guidePath(g.key), elder)}>{g.title}</a>
          </Heading>
          <p className="meta">{[showDepartment ? g.department?.name : '', g.itemType, `事项编码 ${g.key}`].filter(Boolean).join(' · ')}</p>
          {g.description && <p>{g.description}</p>}
        </li>
      ))}
    </ul>
  )
}

/** Notices newest first, with their publisher and validity; urgent ones say so in words, not colour only. */
export function NoticeList({ notices, elder, level, showSummary = true }: { notices: CatalogItem[]; elder: boolean; level: Level; showSummary?: boolean }) {
  return (
    <ul className="entries">
      {notices.map((n) => (
        <li key={n.key}>
          <Heading level={level}>
            {n.urgent && <strong className="badge">紧急</strong>}
            <a href={siteHref(noticePath(n.key), elder)}>{n.title}</a>
          </Heading>
          <p className="meta">
            {[
              n.department?.name,
              n.validFrom ? `生效日期 ${formatDateTime(n.validFrom)}` : '',
              // Worded and dated as on the notice page itself (templates/website/notice.ts).
              n.validTo ? `失效日期 ${formatDateTime(n.validTo)}` : '长期有效',
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
          {showSummary && n.description && <p>{n.description}</p>}
        </li>
      ))}
    </ul>
  )
}

export function DepartmentLinks({ departments, elder }: { departments: DepartmentSummary[]; elder: boolean }) {
  return (
    <ul className="tiles">
      {departments.map((d) => (
        <li key={d.code}>
          <a href={siteHref(departmentPath(d.code), elder)}>{d.name}</a>
          <span className="count">{d.guideCount} 项办事指南</span>
        </li>
      ))}
    </ul>
  )
}

export function ThemeLinks({ themes, elder }: { themes: ThemeSummary[]; elder: boolean }) {
  return (
    <ul className="tiles">
      {themes.map((t) => (
        <li key={t.theme}>
          <a href={siteHref(themePath(t.theme), elder)}>{t.theme}</a>
          <span className="count">{t.guideCount} 项办事指南</span>
        </li>
      ))}
    </ul>
  )
}
