import config from '@payload-config'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'

import { websitePage } from '../../../../publishing/website/pages'
import { decodeParam, isElder, type ElderParams } from '../../_components/elder'
import { UsefulForm } from '../../components/UsefulForm'
import { DocumentView } from '../../_components/views'

export const dynamic = 'force-dynamic'

type Args = { params: Promise<{ code: string }>; searchParams: Promise<{ elder?: string | string[]; useful?: string }> }

const load = async (params: Args['params']) => {
  const code = decodeParam((await params).code)
  return { code, state: await websitePage(await getPayload({ config }), code, 'guide') }
}

export async function generateMetadata({ params }: Args): Promise<Metadata> {
  const { state } = await load(params)
  if (state.kind === 'missing') return { title: '办事指南 · 示范市政务服务' }
  if (state.kind === 'withdrawn') return { title: `${state.title}（已撤回） · 示范市政务服务` }
  return { title: `${state.page.title} · 示范市政务服务`, description: state.page.description }
}

/** A service guide as delivered to the website channel; `?elder=1` switches to 适老化 mode. */
export default async function GuidePage({ params, searchParams }: Args) {
  const { code, state } = await load(params)
  if (state.kind === 'missing') notFound()
  const useful = (await searchParams).useful
  const elder = await isElder(searchParams as ElderParams)
  return (
    <DocumentView docType="guide" docKey={code} state={state} elder={elder}>
      {state.kind === 'live' ? <UsefulForm guide={code} outcome={typeof useful === 'string' ? useful : undefined} elder={elder} /> : null}
    </DocumentView>
  )
}
