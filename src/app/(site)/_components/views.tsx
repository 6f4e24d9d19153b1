/**
 * What each public page shows, as plain components of already loaded data: the pages in app/(site)
 * only read the website channel's feed and pick a view.
 */
import React from 'react'

import { formatDate, formatDateTime } from '../../../../templates/shared/dates'
import type { CatalogItem } from '../../../publishing/website/catalog'
import type { DepartmentListing, DepartmentSummary, ThemeSummary } from '../../../publishing/website/listings'
import type { PageState } from '../../../publishing/website/pages'
import { siteHref } from './elder'
import { DepartmentLinks, departmentPath, GuideList, NoticeList, ThemeLinks, themePath } from './lists'
import { SiteShell, type Crumb, type Section } from './shell'

export function SearchForm({ elder, label = '搜索办事指南', defaultValue }: { elder: boolean; label?: string; defaultValue?: string }) {
  return (
    <form role="search" action="/search" method="get" className="search">
      <label htmlFor="q">{label}</label>
      <input id="q" name="q" type="search" placeholder="例如：社保卡丢了怎么补办" defaultValue={defaultValue} maxLength={1000} autoComplete="off" />
      {elder && <input type="hidden" name="elder" value="1" />}
      <button type="submit">搜索</button>
    </form>
  )
}

export interface HomeData {
  departments: DepartmentSummary[]
  themes: ThemeSummary[]
  notices: CatalogItem[]
  guides: CatalogItem[]
}

export function HomeView({ data, elder }: { data: HomeData; elder: boolean }) {
  const more = (href: string, label: string) => (
    <p className="more">
      <a href={siteHref(href, elder)}>{label}</a>
    </p>
  )
  return (
    <SiteShell path="/" section="home" elder={elder}>
      <h1>示范市政务服务</h1>
      <SearchForm elder={elder} />
      <section aria-labelledby="notices">
        <h2 id="notices">通知公告</h2>
        {data.notices.length ? <NoticeList notices={data.notices} elder={elder} level={3} showSummary={false} /> : <p>暂无通知公告。</p>}
        {more('/notices', '全部通知公告')}
      </section>
      <section aria-labelledby="themes">
        <h2 id="themes">按主题（人生事件）办事</h2>
        {data.themes.length ? <ThemeLinks themes={data.themes} elder={elder} /> : <p>暂无主题。</p>}
      </section>
      <section aria-labelledby="departments">
        <h2 id="departments">按部门查找</h2>
        {data.departments.length ? <DepartmentLinks departments={data.departments} elder={elder} /> : <p>暂无部门。</p>}
      </section>
      <section aria-labelledby="latest">
        <h2 id="latest">最新办事指南</h2>
        {data.guides.length ? <GuideList guides={data.guides} elder={elder} level={3} /> : <p>暂无已发布的办事指南。</p>}
      </section>
    </SiteShell>
  )
}

export function DepartmentsView({ departments, elder }: { departments: DepartmentSummary[]; elder: boolean }) {
  return (
    <SiteShell path="/departments" section="departments" elder={elder} crumbs={[{ label: '按部门' }]}>
      <h1>按部门查找办事指南</h1>
      {departments.length ? (
        <>
          <p>共 {departments.length} 个部门，选择部门查看其负责的办事事项。</p>
          <DepartmentLinks departments={departments} elder={elder} />
        </>
      ) : (
        <p>暂无已发布办事指南的部门。</p>
      )}
    </SiteShell>
  )
}

export function DepartmentView({ listing, elder }: { listing: DepartmentListing; elder: boolean }) {
  const { department, guides, notices } = listing
  return (
    <SiteShell path={departmentPath(department.code)} section="departments" elder={elder} crumbs={[{ href: '/departments', label: '按部门' }, { label: department.name }]}>
      <h1>{department.name}</h1>
      <section aria-labelledby="dept-guides">
        <h2 id="dept-guides">办事指南（{guides.length} 项）</h2>
        {guides.length ? <GuideList guides={guides} elder={elder} level={3} showDepartment={false} /> : <p>本部门暂无已发布的办事指南。</p>}
      </section>
      {notices.length > 0 && (
        <section aria-labelledby="dept-notices">
          <h2 id="dept-notices">通知公告</h2>
          <NoticeList notices={notices} elder={elder} level={3} showSummary={false} />
        </section>
      )}
    </SiteShell>
  )
}

export function ThemesView({ themes, elder }: { themes: ThemeSummary[]; elder: boolean }) {
  return (
    <SiteShell path="/themes" section="themes" elder={elder} crumbs={[{ label: '按主题' }]}>
      <h1>按主题（人生事件）办事</h1>
      {themes.length ? (
        <>
          <p>按您遇到的事情查找，例如开办企业、生育收养、退休养老。</p>
          <ThemeLinks themes={themes} elder={elder} />
        </>
      ) : (
        <p>暂无主题。</p>
      )}
    </SiteShell>
  )
}

export function ThemeView({ theme, guides, elder }: { theme: string; guides: CatalogItem[]; elder: boolean }) {
  return (
    <SiteShell path={themePath(theme)} section="themes" elder={elder} crumbs={[{ href: '/themes', label: '按主题' }, { label: theme }]}>
      <h1>{theme}</h1>
      <p>与“{theme}”有关的办事指南，共 {guides.length} 项。</p>
      <GuideList guides={guides} elder={elder} level={2} />
    </SiteShell>
  )
}

export function NoticesView({ notices, elder }: { notices: CatalogItem[]; elder: boolean }) {
  return (
    <SiteShell path="/notices" section="notices" elder={elder} crumbs={[{ label: '通知公告' }]}>
      <h1>通知公告</h1>
      {notices.length ? <NoticeList notices={notices} elder={elder} level={2} /> : <p>暂无有效的通知公告。</p>}
    </SiteShell>
  )
}

type Shown = Exclude<PageState, { kind: 'missing' }>

const KIND = {
  guide: { section: 'guides' as Section, noun: '办事指南', base: '/guides/' },
  notice: { section: 'notices' as Section, noun: '通知', base: '/notices/' },
}

/** Notices sit under 通知公告; a live guide under its department, as the delivered page names it. */
function trail(docType: 'guide' | 'notice', state: Shown): Crumb[] {
  if (docType === 'notice') return [{ href: '/notices', label: '通知公告' }]
  const dept = state.kind === 'live' ? state.page.listing?.department : null
  return dept?.code ? [{ href: departmentPath(dept.code), label: dept.name }] : []
}

/**
 * One guide or notice as delivered. Withdrawn: the page stays and says so, without the old
 * content. A notice past its validTo (until the clock withdraws it) keeps its text under a warning.
 */
export function DocumentView({ docType, docKey, state, elder, expiredAt, children }: { docType: 'guide' | 'notice'; docKey: string; state: Shown; elder: boolean; expiredAt?: string | null; children?: React.ReactNode }) {
  const k = KIND[docType]
  const title = state.kind === 'live' ? state.page.title : state.title
  const crumbs: Crumb[] = [...trail(docType, state), { label: title }]
  return (
    <SiteShell path={`${k.base}${encodeURIComponent(docKey)}`} section={k.section} elder={elder} crumbs={crumbs}>
      {state.kind === 'withdrawn' ? (
        <section role="status" className="withdrawn">
          <h1>{title}</h1>
          <p>
            本{k.noun}已于 <time dateTime={state.withdrawnAt}>{formatDate(state.withdrawnAt)}</time> 撤回，内容不再有效。如需办理或咨询，请拨打 12345 政务服务便民热线。
          </p>
        </section>
      ) : (
        <>
          {expiredAt && (
            <p role="status" className="expired">
              本通知已于 <time dateTime={expiredAt}>{formatDateTime(expiredAt)}</time> 失效，以下内容仅供查阅。
            </p>
          )}
          {/* The website template escapes every user-written string (templates/website). */}
          <div dangerouslySetInnerHTML={{ __html: state.page.html }} />
        </>
      )}
      {children}
    </SiteShell>
  )
}
