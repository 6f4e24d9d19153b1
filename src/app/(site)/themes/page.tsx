import config from '@payload-config'
import { getPayload } from 'payload'

import { loadCatalog } from '../../../publishing/website/catalog'
import { listThemes } from '../../../publishing/website/listings'
import { isElder, type ElderParams } from '../_components/elder'
import { ThemesView } from '../_components/views'

export const dynamic = 'force-dynamic'
export const metadata = { title: '按主题（人生事件）办事 · 示范市政务服务' }

export default async function ThemesPage({ searchParams }: { searchParams: ElderParams }) {
  const catalog = await loadCatalog(await getPayload({ config }))
  return <ThemesView themes={listThemes(catalog)} elder={await isElder(searchParams)} />
}
