import React from 'react'

import { formatDate } from '../../../../templates/shared/dates'
import type { QaCase, QaPage } from '../../../feedback/answer/publicQa'
import { siteHref } from '../_components/elder'
import { SiteShell } from '../_components/shell'

export const qaPath = (caseNo: string) => `/qa/${encodeURIComponent(caseNo)}`

const STYLE = `
.qa-facts { display: flex; flex-wrap: wrap; gap: .25rem 1.5rem; margin: .25rem 0; }
.qa-facts div { display: flex; gap: .4rem; }
.qa-facts dt { font-weight: bold; }
.qa-facts dd { margin: 0; }
.qa-answer { border-left: 4px solid currentColor; padding-left: .75rem; white-space: pre-wrap; }
.qa-question { white-space: pre-wrap; }
.pager { display: flex; gap: 1rem; list-style: none; padding: 0; }
`

function Facts({ items }: { items: Array<[string, React.ReactNode]> }) {
  return (
    <dl className="qa-facts">
      {items.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}

const date = (iso: string) => <time dateTime={iso}>{formatDate(iso)}</time>

/** 公开答复: the newest public answers, 受理日期, 答复日期 and 答复部门 on each. */
export function QaListView({ data, elder }: { data: QaPage; elder: boolean }) {
  const pageHref = (n: number) => siteHref(n > 1 ? `/qa?page=${n}` : '/qa', elder)
  return (
    <SiteShell path="/qa" section="qa" elder={elder} crumbs={[{ label: '公开答复' }]}>
      <style dangerouslySetInnerHTML={{ __html: STYLE }} />
      <h1>公开答复</h1>
      <p>群众来信来电的办理答复，已隐去个人信息。共 {data.totalDocs} 条。</p>
      {data.entries.length ? (
        <ul className="entries">
          {data.entries.map((e) => (
            <li key={`${e.caseNo}-${e.answeredAt}`}>
              <h2>
                <a href={siteHref(qaPath(e.caseNo), elder)}>{e.question || `受理编号 ${e.caseNo}`}</a>
              </h2>
              <Facts items={[['受理编号', e.caseNo], ['受理日期', date(e.receivedAt)], ['答复日期', date(e.answeredAt)], ['答复部门', e.department]]} />
              <p>{e.answer}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p>暂无公开答复。</p>
      )}
      {data.totalPages > 1 && (
        <nav aria-label="分页">
          <ul className="pager">
            {data.page > 1 && (
              <li>
                <a href={pageHref(data.page - 1)} rel="prev">上一页</a>
              </li>
            )}
            <li aria-current="page">
              第 {data.page} / {data.totalPages} 页
            </li>
            {data.page < data.totalPages && (
              <li>
                <a href={pageHref(data.page + 1)} rel="next">下一页</a>
              </li>
            )}
          </ul>
        </nav>
      )}
    </SiteShell>
  )
}

/** One case: the citizen's words (masked) and every public answer to it. */
export function QaCaseView({ qa, elder }: { qa: QaCase; elder: boolean }) {
  return (
    <SiteShell path={qaPath(qa.caseNo)} section="qa" elder={elder} crumbs={[{ href: '/qa', label: '公开答复' }, { label: qa.caseNo }]}>
      <style dangerouslySetInnerHTML={{ __html: STYLE }} />
      <h1>受理编号 {qa.caseNo}</h1>
      <Facts items={[['受理日期', date(qa.receivedAt)], ['来源', qa.channel]]} />
      <h2>来信内容</h2>
      <p className="qa-question">{qa.question || '（无文字内容）'}</p>
      {qa.answers.map((a, i) => (
        <section key={`${a.answeredAt}-${i}`} aria-labelledby={`answer-${i}`}>
          <h2 id={`answer-${i}`}>{qa.answers.length > 1 ? `答复（${i + 1}）` : '答复'}</h2>
          <Facts items={[['答复日期', date(a.answeredAt)], ['答复部门', a.department]]} />
          <p className="qa-answer">{a.answer}</p>
        </section>
      ))}
    </SiteShell>
  )
}
