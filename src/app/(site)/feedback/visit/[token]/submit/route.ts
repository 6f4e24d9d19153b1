import config from '@payload-config'
import { getPayload } from 'payload'

import { AnswerError } from '../../../../../../feedback/answer/errors'
import { submitVisitByToken } from '../../../../../../feedback/answer/returnVisit'
import { visitPath } from '../../../../../../feedback/answer/visit'
import { decodeParam } from '../../../../_components/elder'

export const dynamic = 'force-dynamic'

type Params = Promise<{ token: string }>

function errorCode(err: unknown): string {
  if (!(err instanceof AnswerError)) return 'failed'
  if (err.field === 'rating' && err.status === 400) return 'rating'
  if (err.status === 404) return 'invalid'
  if (err.status === 409) return 'done'
  return 'failed'
}

/**
 * POST /feedback/visit/<token>/submit — the rating form (application/x-www-form-urlencoded), then
 * 303 back to the page, which shows what was recorded. A JSON client gets JSON instead.
 */
export async function POST(request: Request, { params }: { params: Params }): Promise<Response> {
  const token = decodeParam((await params).token)
  const wantsJson = (request.headers.get('accept') ?? '').includes('application/json')
  let rating: unknown
  let comment: string | null = null
  let elder = false
  try {
    if ((request.headers.get('content-type') ?? '').includes('application/json')) {
      const body = (await request.json()) as { rating?: unknown; comment?: unknown }
      rating = body.rating
      comment = typeof body.comment === 'string' ? body.comment : null
    } else {
      const form = await request.formData()
      rating = form.get('rating') ?? undefined
      comment = typeof form.get('comment') === 'string' ? (form.get('comment') as string) : null
      elder = form.get('elder') === '1'
    }
  } catch {
    rating = undefined
  }
  // A relative Location: behind a proxy request.url names the internal host, not the public one.
  const back = (error?: string) => {
    const query = new URLSearchParams({ ...(error ? { error } : {}), ...(elder ? { elder: '1' } : {}) }).toString()
    return new Response(null, { status: 303, headers: { location: visitPath(token) + (query ? `?${query}` : '') } })
  }
  try {
    const r = await submitVisitByToken(await getPayload({ config }), token, { rating, comment })
    if (wantsJson) return Response.json({ ok: true, reopened: r.reopened, rectificationDue: r.rectificationDue ?? null })
    return back()
  } catch (err) {
    const code = errorCode(err)
    if (wantsJson) {
      const e = err as AnswerError
      return Response.json({ errors: [{ message: e.message, field: e.field ?? null, code }] }, { status: e.status ?? 500 })
    }
    return back(code)
  }
}
