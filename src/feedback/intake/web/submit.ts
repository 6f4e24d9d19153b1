import type { Payload } from 'payload'

import { acceptFeedback } from '../accept'
import { refusalOf } from '../channelInput'
import { IntakeError } from '../errors'
import { saveDraft } from './drafts'
import { formValues, isBot, messageItem, readForm, usefulItem, usefulPage, type FormFields } from './form'
import { clientAddress, RateLimiter } from './rateLimit'

const TEN_MINUTES = 10 * 60_000
/** 我要留言: 5 per address per 10 minutes; 页面是否有用 votes are cheaper, 20. */
export const FORM_LIMIT = { capacity: 5, windowMs: TEN_MINUTES }
export const USEFUL_LIMIT = { capacity: 20, windowMs: TEN_MINUTES }
/** Without a proxy naming the client every visitor shares one bucket, so it is a larger one. */
const SHARED_FACTOR = 20

function limiterPair(l: { capacity: number; windowMs: number }) {
  return { perAddress: new RateLimiter(l.capacity, l.windowMs), shared: new RateLimiter(l.capacity * SHARED_FACTOR, l.windowMs) }
}
// One set per process, whichever bundle (Next compiles each route on its own) loads this module.
const shared = globalThis as unknown as { __omnihubFeedbackLimiters?: Record<'form' | 'useful', ReturnType<typeof limiterPair>> }
const limiters = (shared.__omnihubFeedbackLimiters ??= { form: limiterPair(FORM_LIMIT), useful: limiterPair(USEFUL_LIMIT) })

function limiterFor(kind: keyof typeof limiters, request: Request) {
  const address = clientAddress(request)
  const pair = limiters[kind]
  return { limiter: address === 'unknown' ? pair.shared : pair.perAddress, address }
}

const wantsJson = (request: Request) => (request.headers.get('accept') ?? '').includes('application/json')
const seeOther = (location: string) => new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store' } })
const withQuery = (path: string, q: Record<string, string | null | undefined>) => {
  const qs = new URLSearchParams(Object.entries(q).filter(([, v]) => v) as Array<[string, string]>).toString()
  return qs ? `${path}?${qs}` : path
}
const jsonError = (status: number, message: string, field: string | null, headers: Record<string, string> = {}) =>
  Response.json({ errors: [{ message, field }] }, { status, headers: { 'cache-control': 'no-store', ...headers } })

/** 429 in Chinese, as a page for a browser and JSON for a script, with Retry-After. */
function tooMany(request: Request, retryAfterSeconds: number, back: string): Response {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60))
  const zh = `提交过于频繁，请 ${minutes} 分钟后再试。`
  const headers = { 'retry-after': String(retryAfterSeconds), 'cache-control': 'no-store' }
  if (wantsJson(request)) return jsonError(429, `${zh} / Too many submissions, try again in ${retryAfterSeconds} s`, null, headers)
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>提交过于频繁 · 示范市政务服务</title></head><body style="font:1.125rem/1.7 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem"><h1>提交过于频繁</h1><p role="alert">${zh}</p><p>如有急事，请拨打 <a href="tel:12345">12345</a> 政务服务便民热线。</p><p><a href="${back}">返回</a></p></body></html>`
  return new Response(html, { status: 429, headers: { ...headers, 'content-type': 'text/html; charset=utf-8' } })
}

async function fields(request: Request): Promise<FormFields | IntakeError> {
  try {
    return await readForm(request)
  } catch (err) {
    if (err instanceof IntakeError) return err
    throw err
  }
}

/**
 * POST /feedback/submit — 我要留言. Order: honeypot (a bot is told "received" and nothing is
 * stored), rate limit per address (429), then acceptFeedback, which validates and stores. A
 * browser gets 303 to the thank-you page with the case number, or 303 back to the form with the
 * reason and what was typed; a script sending Accept: application/json gets JSON.
 */
export async function submitFeedbackForm(request: Request, getPayload: () => Promise<Payload>): Promise<Response> {
  const json = wantsJson(request)
  const f = await fields(request)
  if (f instanceof IntakeError) return json ? jsonError(f.status, f.message, f.field) : seeOther(withQuery('/feedback', { error: f.field }))
  const elder = f.elder === '1' ? '1' : null
  const values = formValues(f)
  if (isBot(f)) {
    // Storing it as spam would give form-stuffers a write path into the database; a fake success costs nothing.
    return json ? Response.json({ received: true }, { status: 201 }) : seeOther(withQuery('/feedback/thanks', { elder }))
  }
  const { limiter } = limiterFor('form', request)
  const slot = limiter.take(`form:${clientAddress(request)}`)
  if (!slot.ok) return tooMany(request, slot.retryAfterSeconds, withQuery('/feedback', { guide: values.guide, elder }))
  try {
    const a = await acceptFeedback(await getPayload(), messageItem(values))
    if (json) return Response.json({ caseNo: a.caseNo, duplicate: a.duplicate, receivedAt: a.receivedAt }, { status: a.duplicate ? 200 : 201 })
    return seeOther(withQuery('/feedback/thanks', { case: a.caseNo, elder }))
  } catch (err) {
    const r = refusalOf(err)
    // A refused form stored nothing: it does not count against the citizen's five.
    if (r.status < 500) limiter.refund(`form:${clientAddress(request)}`)
    else (await getPayload()).logger.error({ err }, '网站留言未能保存 / website feedback not stored')
    if (json) return jsonError(r.status, r.message, r.field)
    const draft = saveDraft({ values, field: r.field ?? 'form', message: r.zh })
    return seeOther(withQuery('/feedback', { draft, error: r.field ?? 'form', guide: values.guide, elder }))
  }
}

/** The page a vote came from with its outcome (`?useful=thanks|error#useful`), keeping 长辈版. */
function backToPage(page: string | null, outcome: 'thanks' | 'error', elder: boolean): string {
  const url = new URL(page ?? '/', 'http://site.invalid')
  url.searchParams.set('useful', outcome)
  if (elder) url.searchParams.set('elder', '1')
  return `${url.pathname}${url.search}#useful`
}

/**
 * POST /feedback/useful — 页面是否有用 from a guide page: yes or no, optional words. 303 back to
 * the page (`page`, else the guide's page), which shows the thanks or the reason at #useful.
 */
export async function submitUsefulForm(request: Request, getPayload: () => Promise<Payload>): Promise<Response> {
  const json = wantsJson(request)
  const f = await fields(request)
  if (f instanceof IntakeError) return json ? jsonError(f.status, f.message, f.field) : seeOther(backToPage(null, 'error', false))
  const page = usefulPage(f)
  const elder = f.elder === '1'
  if (isBot(f)) return json ? Response.json({ received: true }, { status: 201 }) : seeOther(backToPage(page, 'thanks', elder))
  const { limiter } = limiterFor('useful', request)
  const key = `useful:${clientAddress(request)}`
  const slot = limiter.take(key)
  if (!slot.ok) return tooMany(request, slot.retryAfterSeconds, page ?? '/')
  try {
    const a = await acceptFeedback(await getPayload(), usefulItem(f))
    return json ? Response.json({ caseNo: a.caseNo, receivedAt: a.receivedAt }, { status: 201 }) : seeOther(backToPage(page, 'thanks', elder))
  } catch (err) {
    const r = refusalOf(err)
    if (r.status < 500) limiter.refund(key)
    else (await getPayload()).logger.error({ err }, '页面评价未能保存 / page vote not stored')
    return json ? jsonError(r.status, r.message, r.field) : seeOther(backToPage(page, 'error', elder))
  }
}
