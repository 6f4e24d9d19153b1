import config from '@payload-config'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'

import { publicAnswer } from '../../../../feedback/answer/publicQa'
import { decodeParam, isElder, type ElderParams } from '../../_components/elder'
import { QaCaseView } from '../QaViews'

export const dynamic = 'force-dynamic'

type Params = Promise<{ caseNo: string }>

export async function generateMetadata({ params }: { params: Params }) {
  return { title: `公开答复 ${decodeParam((await params).caseNo)} · 示范市政务服务` }
}

/** One case's public answers; a case without any (or unknown) is the site's 404. */
export default async function QaCasePage({ params, searchParams }: { params: Params; searchParams: ElderParams }) {
  const caseNo = decodeParam((await params).caseNo)
  const qa = /^[A-Z]{2}\d{8,20}$/.test(caseNo) ? await publicAnswer(await getPayload({ config }), caseNo) : null
  if (!qa) notFound()
  return <QaCaseView qa={qa} elder={await isElder(searchParams)} />
}
