import config from '@payload-config'
import { getPayload } from 'payload'

import { searchGuides } from '../../../search'

export const dynamic = 'force-dynamic'
export const metadata = { title: '搜索办事指南 · 示范市政务服务' }

type Args = { searchParams: Promise<{ q?: string }> }

/** The public search page: a plain GET form, so it works without JavaScript. */
export default async function SearchPage({ searchParams }: Args) {
  const q = String((await searchParams).q ?? '').slice(0, 1000)
  const result = q.trim()
    ? await searchGuides(await getPayload({ config }), q, { channel: 'website' }, { channel: 'website' })
    : null
  return (
    <>
      <a className="skip" href="#main">跳到主要内容</a>
      <header>
        <div className="wrap">
          <p><a href="/">示范市政务服务</a></p>
          <h1>搜索办事指南</h1>
        </div>
      </header>
      <main id="main" className="wrap">
        <form role="search" action="/search" method="get">
          <label htmlFor="q">想办什么事？用您自己的话说，例如“开饭店要办什么证”</label>
          <input id="q" name="q" type="search" defaultValue={q} maxLength={1000} autoComplete="off" />
          <button type="submit">搜索</button>
        </form>
        {result && (
          <section aria-live="polite" aria-labelledby="results">
            <h2 id="results">找到 {result.hits.length} 项办事指南</h2>
            {result.message && <p>{result.message}</p>}
            <ol className="guides">
              {result.hits.map((hit) => (
                <li key={hit.code}>
                  <h3>
                    <a href={`/guides/${encodeURIComponent(hit.code)}`} dangerouslySetInnerHTML={{ __html: hit.titleHtml }} />
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
                    <li key={n.slug} dangerouslySetInnerHTML={{ __html: n.titleHtml }} />
                  ))}
                </ul>
              </>
            )}
          </section>
        )}
      </main>
    </>
  )
}
