import config from '@payload-config'
import { getPayload } from 'payload'

import { loadCatalog } from '../../../publishing/website/catalog'
import { currentNotices } from '../../../publishing/website/listings'
import { isElder, type ElderParams } from '../_components/elder'
import { NoticesView } from '../_components/views'

export const dynamic = 'force-dynamic'
export const metadata = { title: '通知公告 · 示范市政务服务' }

/** Notices in effect, newest first; expired and withdrawn ones are not listed. */
export default async function NoticesPage({ searchParams }: { searchParams: ElderParams }) {
  const catalog = await loadCatalog(await getPayload({ config }))
  return <NoticesView notices={currentNotices(catalog)} elder={await isElder(searchParams)} />
}
