import config from '@payload-config'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'

import { expiredAt, websitePage } from '../../../../publishing/website/pages'
import { decodeParam, isElder, type ElderParams } from '../../_components/elder'
import { DocumentView } from '../../_components/views'

export const dynamic = 'force-dynamic'

type Args = { params: Promise<{ key: string }>; searchParams: ElderParams }

const load = async (params: Args['params']) => {
  const key = decodeParam((await params).key)
  return { key, state: await websitePage(await getPayload({ config }), key, 'notice') }
}

export async function generateMetadata({ params }: Args): Promise<Metadata> {
  const { state } = await load(params)
  if (state.kind === 'missing') return { title: '通知公告 · 示范市政务服务' }
  if (state.kind === 'withdrawn') return { title: `${state.title}（已撤回） · 示范市政务服务` }
  return { title: `${state.page.title} · 示范市政务服务`, description: state.page.description }
}

/** A notice as delivered to the website channel; withdrawn, the page stays and says so. */
export default async function NoticePage({ params, searchParams }: Args) {
  const { key, state } = await load(params)
  if (state.kind === 'missing') notFound()
  const expired = state.kind === 'live' ? expiredAt(state.page) : null
  return <DocumentView docType="notice" docKey={key} state={state} elder={await isElder(searchParams)} expiredAt={expired} />
}
