import { ThanksView } from '../FeedbackViews'

export const dynamic = 'force-dynamic'
export const metadata = { title: '留言已收到 · 示范市政务服务', robots: { index: false } }

type Search = Promise<{ case?: string | string[]; elder?: string | string[] }>

/** /feedback/thanks?case=FK…: shows only a well-formed case number; it looks nothing up. */
export default async function ThanksPage({ searchParams }: { searchParams: Search }) {
  const sp = await searchParams
  const caseNo = Array.isArray(sp.case) ? sp.case[0] : sp.case
  return <ThanksView caseNo={caseNo && /^FK\d{14,}$/.test(caseNo) ? caseNo : null} elder={sp.elder === '1'} />
}
