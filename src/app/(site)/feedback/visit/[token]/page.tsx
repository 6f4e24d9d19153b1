import config from '@payload-config'
import { getPayload } from 'payload'

import { visitPageData } from '../../../../../feedback/answer/returnVisit'
import { decodeParam } from '../../../_components/elder'
import { VisitView } from '../VisitView'

export const dynamic = 'force-dynamic'
export const metadata = { title: '办理结果评价 · 示范市政务服务', robots: { index: false } }

type Params = Promise<{ token: string }>
type Search = Promise<{ elder?: string | string[]; error?: string | string[] }>

/** /feedback/visit/<token>: the citizen's link from the return-visit invitation. Reading it changes nothing. */
export default async function VisitPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const token = decodeParam((await params).token)
  const sp = await searchParams
  const data = await visitPageData(await getPayload({ config }), token)
  const error = Array.isArray(sp.error) ? sp.error[0] : sp.error
  return <VisitView token={token} data={data} error={error ?? null} elder={sp.elder === '1'} />
}
