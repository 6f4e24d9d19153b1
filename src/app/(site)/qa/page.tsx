import config from '@payload-config'
import { getPayload } from 'payload'

import { listPublicAnswers } from '../../../feedback/answer/publicQa'
import { QaListView } from './QaViews'

export const dynamic = 'force-dynamic'
export const metadata = { title: '公开答复 · 示范市政务服务' }

type Params = Promise<{ elder?: string | string[]; page?: string | string[] }>

/** 公开答复, newest first, 20 a page. */
export default async function QaListPage({ searchParams }: { searchParams: Params }) {
  const sp = await searchParams
  const page = Number(Array.isArray(sp.page) ? sp.page[0] : sp.page) || 1
  const data = await listPublicAnswers(await getPayload({ config }), { page, limit: 20 })
  return <QaListView data={data} elder={sp.elder === '1'} />
}
