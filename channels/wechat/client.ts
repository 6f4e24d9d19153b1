import { WeChatApiError, WeChatNetworkError, isTokenErrcode } from './errors'

export { ERRCODE_RULES, WeChatApiError, WeChatNetworkError, type WeChatErrorKind } from './errors'

/**
 * The official-account API calls the hub makes (docs/wechat.md). No Payload here: plain fetch, so
 * it runs in the outbox worker, a CLI or a test against test/fakes/wechat-server.ts alike.
 */

/** A token as kept between calls. expiresAt (ms) is when to stop using it: already ahead of WeChat's expiry. */
export interface StoredToken {
  token: string
  expiresAt: number
}

/**
 * Where the token lives. The default keeps it in this process; the hub can pass a database-backed
 * store so that all its processes share one token (each stable_token call counts against a daily
 * quota, and fetching in every process multiplies it).
 */
export interface TokenStore {
  get(): Promise<StoredToken | null>
  set(value: StoredToken | null): Promise<void>
}

export class MemoryTokenStore implements TokenStore {
  private value: StoredToken | null = null
  async get() {
    return this.value
  }
  async set(value: StoredToken | null) {
    this.value = value
  }
}

export interface WeChatClientOptions {
  appId: string
  appSecret: string
  /** Default https://api.weixin.qq.com; tests point it at the fake server. */
  apiBase?: string
  fetch?: typeof fetch
  /** Milliseconds since the epoch; tests move it to expire tokens. */
  now?: () => number
  tokenStore?: TokenStore
  /** Per request; a hung connection must not hold a delivery forever. Default 15 s. */
  timeoutMs?: number
  /** How long before WeChat's expiry the token is renewed. Default 5 minutes (at most half its life). */
  refreshEarlyMs?: number
}

/** One article of a draft (draft/add, draft/update). Lengths: see article.ts, assertArticleFits. */
export interface DraftArticle {
  article_type?: 'news'
  title: string
  author?: string
  digest?: string
  content: string
  content_source_url?: string
  thumb_media_id: string
  need_open_comment?: 0 | 1
  only_fans_can_comment?: 0 | 1
}

/** freepublish/get publish_status values. */
export const PUBLISH_STATUS = {
  success: 0,
  publishing: 1,
  originalityFailed: 2,
  failed: 3,
  rejectedByReview: 4,
  deletedByUser: 5,
  banned: 6,
} as const

export interface PublishStatus {
  publish_id: string
  publish_status: number
  /** On success: the id to withdraw with (freepublish/delete). */
  article_id?: string
  /** On success: the permanent link of each article, in draft order. */
  article_urls?: string[]
  /** On 2 or 4: which articles failed, the first is 1. */
  fail_idx?: number[]
}

type Json = Record<string, unknown>
type Body = () => RequestInit

const jsonBody =
  (data: unknown): Body =>
  () => ({ method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(data) })

/** multipart/form-data with one file field (WeChat's upload APIs); rebuilt for each try. */
const fileBody =
  (field: string, data: Uint8Array, filename: string, type: string): Body =>
  () => {
    const form = new FormData()
    form.append(field, new Blob([new Uint8Array(data)], { type }), filename)
    return { method: 'POST', body: form }
  }

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined)

export class WeChatClient {
  readonly appId: string
  private readonly appSecret: string
  private readonly apiBase: string
  private readonly fetchFn: typeof fetch
  private readonly now: () => number
  private readonly store: TokenStore
  private readonly timeoutMs: number
  private readonly refreshEarlyMs: number
  /** Concurrent callers share one token look-up (and at most one stable_token request). */
  private pending: Promise<StoredToken> | null = null

  constructor(opts: WeChatClientOptions) {
    this.appId = opts.appId
    this.appSecret = opts.appSecret
    this.apiBase = (opts.apiBase ?? 'https://api.weixin.qq.com').replace(/\/+$/, '')
    this.fetchFn = opts.fetch ?? fetch
    this.now = opts.now ?? Date.now
    this.store = opts.tokenStore ?? new MemoryTokenStore()
    this.timeoutMs = opts.timeoutMs ?? 15_000
    this.refreshEarlyMs = opts.refreshEarlyMs ?? 5 * 60_000
  }

  /** A valid access_token: from the store while fresh, else one stable_token request shared by all callers. */
  async accessToken(): Promise<string> {
    if (!this.pending) {
      this.pending = this.loadToken().finally(() => {
        this.pending = null
      })
    }
    return (await this.pending).token
  }

  private async loadToken(): Promise<StoredToken> {
    const stored = await this.store.get()
    if (stored && stored.expiresAt > this.now()) return stored
    // force_refresh stays false: it is limited to a few a day and invalidates other holders' tokens.
    const body = await this.request('/cgi-bin/stable_token', jsonBody({ grant_type: 'client_credential', appid: this.appId, secret: this.appSecret, force_refresh: false }), null)
    const token = str(body.access_token)
    const lifeMs = Number(body.expires_in) * 1000
    if (!token || !(lifeMs > 0)) throw new WeChatNetworkError('stable_token answered without access_token', '/cgi-bin/stable_token')
    const fresh = { token, expiresAt: this.now() + lifeMs - Math.min(this.refreshEarlyMs, lifeMs / 2) }
    await this.store.set(fresh)
    return fresh
  }

  /** Forgets a token WeChat refused, unless another caller already replaced it. */
  private async dropToken(stale: string): Promise<void> {
    const current = await this.store.get()
    if (current?.token === stale) await this.store.set(null)
  }

  /** One HTTP exchange; returns the JSON body, throws on transport problems and non-zero errcode. */
  private async request(path: string, body: Body, token: string | null): Promise<Json> {
    const url = new URL(this.apiBase + path)
    if (token) url.searchParams.set('access_token', token)
    const apiPath = url.pathname
    let res: Response
    try {
      res = await this.fetchFn(url, { ...body(), signal: AbortSignal.timeout(this.timeoutMs) })
    } catch (err) {
      const e = err as Error & { cause?: { code?: string } }
      throw new WeChatNetworkError(e.cause?.code ?? e.message, apiPath)
    }
    // WeChat reports its errors as HTTP 200 + errcode; any other status is a gateway or outage.
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined)
      throw new WeChatNetworkError(`HTTP ${res.status}`, apiPath, res.status)
    }
    let json: Json
    try {
      const text = await res.text()
      json = JSON.parse(text) as Json
      if (!json || typeof json !== 'object') throw new Error('not an object')
    } catch (err) {
      throw new WeChatNetworkError(`answer is not JSON: ${(err as Error).message}`, apiPath, res.status)
    }
    const errcode = typeof json.errcode === 'number' ? json.errcode : Number(json.errcode ?? 0)
    if (errcode) throw new WeChatApiError(errcode, str(json.errmsg) ?? '', apiPath)
    return json
  }

  /** An authenticated call. A refused token is dropped and the call retried once, never more. */
  private async call(path: string, body: Body): Promise<Json> {
    const token = await this.accessToken()
    try {
      return await this.request(path, body, token)
    } catch (err) {
      if (!(err instanceof WeChatApiError) || err.errcode === null || !isTokenErrcode(err.errcode)) throw err
      await this.dropToken(token)
      return this.request(path, body, await this.accessToken())
    }
  }

  /** Cover image as permanent thumb material (JPG, 64 KB at most) -> media_id for thumb_media_id. */
  async uploadThumb(data: Uint8Array, filename: string): Promise<{ media_id: string; url: string }> {
    const body = await this.call('/cgi-bin/material/add_material?type=thumb', fileBody('media', data, filename, 'image/jpeg'))
    return { media_id: str(body.media_id) ?? '', url: str(body.url) ?? '' }
  }

  /** An image inside an article (JPG/PNG under 1 MB) -> the URL to put in <img src>. */
  async uploadContentImage(data: Uint8Array, filename: string, mime: string): Promise<{ url: string }> {
    const body = await this.call('/cgi-bin/media/uploadimg', fileBody('media', data, filename, mime))
    return { url: str(body.url) ?? '' }
  }

  async addDraft(articles: DraftArticle[]): Promise<{ media_id: string }> {
    const body = await this.call('/cgi-bin/draft/add', jsonBody({ articles }))
    return { media_id: str(body.media_id) ?? '' }
  }

  /** Replaces article `index` (0-based) of a draft. WeChat wants `articles` as one object here, not an array. */
  async updateDraft(media_id: string, index: number, article: DraftArticle): Promise<void> {
    await this.call('/cgi-bin/draft/update', jsonBody({ media_id, index, articles: article }))
  }

  async deleteDraft(media_id: string): Promise<void> {
    await this.call('/cgi-bin/draft/delete', jsonBody({ media_id }))
  }

  /** Queues publication; success only means queued: follow with getPublishStatus or PUBLISHJOBFINISH. */
  async submitPublish(media_id: string): Promise<{ publish_id: string }> {
    const body = await this.call('/cgi-bin/freepublish/submit', jsonBody({ media_id }))
    return { publish_id: str(body.publish_id) ?? '' }
  }

  async getPublishStatus(publish_id: string): Promise<PublishStatus> {
    const body = await this.call('/cgi-bin/freepublish/get', jsonBody({ publish_id }))
    const detail = (body.article_detail ?? {}) as { item?: Array<{ idx?: number; article_url?: string }> }
    const items = Array.isArray(detail.item) ? [...detail.item].sort((a, b) => Number(a.idx) - Number(b.idx)) : []
    const status: PublishStatus = { publish_id: str(body.publish_id) ?? publish_id, publish_status: Number(body.publish_status) }
    const articleId = str(body.article_id)
    if (articleId) status.article_id = articleId
    if (items.length) status.article_urls = items.map((i) => i.article_url ?? '').filter(Boolean)
    if (Array.isArray(body.fail_idx) && body.fail_idx.length) status.fail_idx = body.fail_idx.map(Number)
    return status
  }

  /** Withdraws a published article; index is 1-based, 0 (default) withdraws every article of it. */
  async deletePublished(article_id: string, index = 0): Promise<void> {
    await this.call('/cgi-bin/freepublish/delete', jsonBody({ article_id, index }))
  }

  /** Customer-service text message; 45015 (kind cs_window) once 48 h passed since the user last wrote. */
  async sendCustomText(openid: string, content: string): Promise<void> {
    await this.call('/cgi-bin/message/custom/send', jsonBody({ touser: openid, msgtype: 'text', text: { content } }))
  }
}
