import config from '@payload-config'
import { getPayload } from 'payload'

import { searchGuides } from '../../../search'
import { siteHref } from '../_components/elder'
import { SearchForm } from '../_components/views'
import { SiteShell } from '../_components/shell'

export const dynamic = 'force-dynamic'
export const metadata = { title: '搜索办事指南 · 示范市政务服务' }

type Args = { searchParams: Promise<{ q?: string; elder?: string }> }

/** The public search page: a plain GET form, so it works without JavaScript. */
export default async function SearchPage({ searchParams }: Args) {
  const params = await searchParams
  const q = String(params.q ?? '').slice(0, 1000)
  const elder = params.elder === '1'
  const result = q.trim()
    ? await searchGuides(await getPayload({ config }), q, { channel: 'website' }, { channel: 'website' })
    : null
  const path = q ? `/search?q=${encodeURIComponent(q)}` : '/search'
  return (
    <SiteShell path={path} section="search" elder={elder} crumbs={[{ label: '搜索' }]}>
      <h1>搜索办事指南</h1>
      <SearchForm elder={elder} label="想办什么事？用您自己的话说，例如“开饭店要办什么证”" defaultValue={q} />
      {result && (
        <section aria-live="polite" aria-labelledby="results">
          <h2 id="results">找到 {result.hits.length} 项办事指南</h2>
          {result.message && <p>{result.message}</p>}
          <ol className="entries">
            {result.hits.map((hit) => (
              <li key={hit.code}>
                <h3>
                  <a href={siteHref(`/guides/${encodeURIComponent(hit.code)}`, elder)} dangerouslySetInnerHTML={{ __html: hit.titleHtml }} />
                </h3>
                <p className="meta">{[hit.department?.name, hit.code].filter(Boolean).join(' · ')}</p>
                <p dangerouslySetInnerHTML={{ __html: hit.snippetHtml }} />
              </li>
            ))}
          </ol>
          {result.notices.length > 0 && (
            <>
              <h2>相关通知公告</h2>
              <ul>
                {result.notices.map((n) => (
                  <li key={n.slug}>
                    <a href={siteHref(`/notices/${encodeURIComponent(n.slug)}`, elder)} dangerouslySetInnerHTML={{ __html: n.titleHtml }} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </SiteShell>
  )
}
