import config from '@payload-config'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'

import { loadCatalog } from '../../../../publishing/website/catalog'
import { themeGuides } from '../../../../publishing/website/listings'
import { decodeParam, isElder, type ElderParams } from '../../_components/elder'
import { ThemeView } from '../../_components/views'

export const dynamic = 'force-dynamic'

type Args = { params: Promise<{ theme: string }>; searchParams: ElderParams }

export async function generateMetadata({ params }: Args): Promise<Metadata> {
  return { title: `${decodeParam((await params).theme)} · 按主题办事 · 示范市政务服务` }
}

/** Guides of one 人生事件 theme as delivered to the website channel. */
export default async function ThemePage({ params, searchParams }: Args) {
  const theme = decodeParam((await params).theme).replace(/\s+/g, ' ').trim()
  const guides = themeGuides(await loadCatalog(await getPayload({ config })), theme)
  if (!guides.length) notFound()
  return <ThemeView theme={theme} guides={guides} elder={await isElder(searchParams)} />
}
