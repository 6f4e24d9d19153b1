import config from '@payload-config'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'

import { websitePage } from '../../../../publishing/website/pages'
import { WEBSITE_CSS } from '../../../../../templates/website/styles'

export const dynamic = 'force-dynamic'

type Args = { params: Promise<{ code: string }>; searchParams: Promise<{ elder?: string }> }

export async function generateMetadata({ params }: Args): Promise<Metadata> {
  const state = await websitePage(await getPayload({ config }), decodeURIComponent((await params).code))
  if (state.kind !== 'live') return { title: '办事指南 · 示范市政务服务' }
  return { title: `${state.page.title} · 示范市政务服务`, description: state.page.description }
}

/** A service guide as delivered to the website channel; `?elder=1` switches to 适老化 mode. */
export default async function GuidePage({ params, searchParams }: Args) {
  const code = decodeURIComponent((await params).code)
  const elder = (await searchParams).elder === '1'
  const state = await websitePage(await getPayload({ config }), code)
  if (state.kind === 'missing') notFound()
  return (
    <>
      <style dangerouslySetInnerHTML={{ __html: WEBSITE_CSS }} />
      <a className="skip" href="#main">跳到主要内容</a>
      <nav className="wrap" aria-label="辅助功能">
        <a href="/">首页</a> · <a href="/search">搜索</a> ·{' '}
        <a href={elder ? `/guides/${encodeURIComponent(code)}` : `/guides/${encodeURIComponent(code)}?elder=1`}>
          {elder ? '标准版' : '长辈版（大字号）'}
        </a>
      </nav>
      <main id="main" className={elder ? 'wrap omni-elder' : 'wrap'}>
        {state.kind === 'withdrawn' ? (
          <section role="status">
            <h1>{state.entry.title ?? code}</h1>
            <p>本办事指南已于 {new Date(state.entry.createdAt).toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai' })} 撤回，内容不再有效。如需办理，请拨打 12345 咨询。</p>
          </section>
        ) : (
          // The website template escapes every user-written string (templates/website).
          <div dangerouslySetInnerHTML={{ __html: state.page.html }} />
        )}
      </main>
    </>
  )
}
