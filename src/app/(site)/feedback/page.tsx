import config from '@payload-config'
import { randomUUID } from 'node:crypto'
import { getPayload } from 'payload'

import { readDraft } from '../../../feedback/intake/web/drafts'
import { websitePage } from '../../../publishing/website/pages'
import { FeedbackFormView, GENERIC_ERRORS } from './FeedbackViews'

export const dynamic = 'force-dynamic'
export const metadata = { title: '我要留言 · 示范市政务服务', robots: { index: false } }

type Search = Promise<Record<string, string | string[] | undefined>>

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? ''

/** The guide a message is about, if it is live on the website; an unknown code is dropped. */
async function liveGuide(code: string): Promise<{ code: string; title: string } | null> {
  if (!/^[A-Za-z0-9-]{1,64}$/.test(code)) return null
  const state = await websitePage(await getPayload({ config }), code, 'guide')
  return state.kind === 'live' ? { code, title: state.page.title } : null
}

/** /feedback (?guide=<item code>): 我要留言; after a refused post, ?draft= brings back what was typed. */
export default async function FeedbackPage({ searchParams }: { searchParams: Search }) {
  const sp = await searchParams
  const draft = readDraft(one(sp.draft))
  const field = one(sp.error)
  const values = draft?.values ?? { text: '', name: '', replyVia: '', phone: '', email: '', guide: one(sp.guide), formId: '' }
  // A fresh id per form shown: a double click stores one case; a corrected resubmission keeps its id.
  const formId = values.formId || randomUUID()
  const error = draft ? { field: draft.field, message: draft.message } : field ? { field, message: GENERIC_ERRORS[field] ?? GENERIC_ERRORS.form } : null
  return <FeedbackFormView values={{ ...values, formId }} guide={await liveGuide(values.guide)} error={error} elder={one(sp.elder) === '1'} />
}
