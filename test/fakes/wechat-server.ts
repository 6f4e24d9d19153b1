import { randomBytes } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { pushToCallback, type CallbackTarget, type PushResult } from './wechat-callback'
import { checkArticle, checkContentImage, checkImageMaterial, checkThumb, mediaPart, storedArticle, type ArticleInput, type Refusal } from './wechat-rules'
import { WeChatState, type PublishJob } from './wechat-state'

export type { PublishedArticle, PublishJob, StoredArticle } from './wechat-state'

/**
 * A local stand-in for api.weixin.qq.com (node:http on 127.0.0.1, a free port) that speaks the
 * official-account protocol of docs/wechat.md and refuses what the real API refuses, with fault
 * injection for the outbox's failure paths. Errcodes are listed in docs/wechat.md.
 */

export interface FakeWeChatOptions {
  appId?: string
  appSecret?: string
  /** The account's original id (gh_…), ToUserName of pushed events. */
  accountId?: string
  /** expires_in of issued tokens. Default 7200. */
  tokenTtlSeconds?: number
  /** How long a publish job stays at publish_status 1. Default 0; Infinity: only completePublish() ends it. */
  publishDelayMs?: number
  /** Where PUBLISHJOBFINISH events are pushed (signed; encrypted when encodingAESKey is set). */
  callback?: Omit<CallbackTarget, 'appId'>
  /** Milliseconds since the epoch (token expiry, 48 h window, publish delay). Default Date.now. */
  now?: () => number
  /** Customer-service messages allowed per user within the window. Default 5. */
  csQuota?: number
}

export type DownMode = 'refused' | '503' | 'reset'
type Json = Record<string, unknown>
const OK = { errcode: 0, errmsg: 'ok' }
const hex = (n = 8) => randomBytes(n).toString('hex')

export class FakeWeChatServer extends WeChatState {
  readonly appId: string
  readonly appSecret: string
  private readonly server = http.createServer((req, res) => void this.handle(req, res))
  private port = 0
  private mode: DownMode | null = null
  private readonly faults = new Map<string, Array<{ errcode: number; errmsg: string; times: number }>>()
  private readonly httpFaults = new Map<string, Array<{ status: number; times: number }>>()
  private readonly counts = new Map<string, number>()
  /** Results of PUBLISHJOBFINISH pushes, for tests of the receiver. */
  readonly callbackResults: Array<PushResult | { error: string }> = []
  private readonly notifying = new Map<string, Promise<void>>()

  constructor(private readonly opts: FakeWeChatOptions = {}) {
    super({ now: opts.now ?? Date.now, tokenTtlSeconds: opts.tokenTtlSeconds ?? 7200, csQuota: opts.csQuota ?? 5, accountId: opts.accountId ?? 'gh_fake00000001' })
    this.appId = opts.appId ?? 'wxfake0000000001'
    this.appSecret = opts.appSecret ?? 'fake-app-secret'
  }

  /** Base URL for WeChatClient's apiBase. */
  get url(): string {
    return `http://127.0.0.1:${this.port}`
  }

  async listen(): Promise<this> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject)
      this.server.listen(this.port, '127.0.0.1', () => {
        this.server.off('error', reject)
        this.port = (this.server.address() as AddressInfo).port
        resolve()
      })
    })
    return this
  }

  async close(): Promise<void> {
    this.clearTimers()
    this.server.closeAllConnections()
    if (this.server.listening) await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  // ---- fault injection -------------------------------------------------------------------

  /** The next `times` calls to `path` (e.g. /cgi-bin/draft/add) answer errcode instead. */
  failNext(path: string, errcode: number, times = 1, errmsg = `injected errcode ${errcode}`): void {
    this.faults.set(path, [...(this.faults.get(path) ?? []), { errcode, errmsg, times }])
  }

  /** The next `times` calls to `path` get this HTTP status (e.g. 502 from a gateway). */
  failNextHttp(path: string, status: number, times = 1): void {
    this.httpFaults.set(path, [...(this.httpFaults.get(path) ?? []), { status, times }])
  }

  /** refused: nothing listens on the port; 503: every call answers 503; reset: connections are cut. */
  async down(mode: DownMode = 'refused'): Promise<void> {
    this.mode = mode
    if (mode === 'refused' && this.server.listening) {
      this.server.closeAllConnections()
      await new Promise<void>((resolve) => this.server.close(() => resolve()))
    }
  }

  async up(): Promise<void> {
    const wasRefused = this.mode === 'refused'
    this.mode = null
    if (wasRefused && !this.server.listening) await this.listen()
  }

  /** How many requests reached `path` (faulted ones included); every path when omitted. */
  callCount(path?: string): number {
    if (path) return this.counts.get(path) ?? 0
    return [...this.counts.values()].reduce((a, b) => a + b, 0)
  }

  // ---- HTTP ------------------------------------------------------------------------------

  private take<T extends { times: number }>(map: Map<string, T[]>, path: string): T | undefined {
    const queue = map.get(path)
    const next = queue?.[0]
    if (!next) return undefined
    if (--next.times <= 0) queue!.shift()
    return next
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    this.counts.set(url.pathname, (this.counts.get(url.pathname) ?? 0) + 1)
    if (this.mode === 'reset') return void req.socket.destroy()
    if (this.mode === '503') return void res.writeHead(503, { 'content-type': 'text/html' }).end('<html>503 Service Unavailable</html>')
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const httpFault = this.take(this.httpFaults, url.pathname)
    if (httpFault) return void res.writeHead(httpFault.status, { 'content-type': 'text/html' }).end(`<html>${httpFault.status}</html>`)
    let answer: Json | null
    try {
      answer = await this.route(req, url, Buffer.concat(chunks))
    } catch (err) {
      answer = { errcode: -1, errmsg: `system error (fake server bug: ${(err as Error).message})` }
    }
    if (!answer) return void res.writeHead(404, { 'content-type': 'text/html' }).end('<html>404 Not Found</html>')
    // WeChat answers errors with HTTP 200 and an errcode, never with a 4xx.
    res.writeHead(200, { 'content-type': 'application/json; encoding=utf-8' }).end(JSON.stringify(answer))
  }

  private async route(req: http.IncomingMessage, url: URL, body: Buffer): Promise<Json | null> {
    const path = url.pathname
    const handler = this.routes[path]
    if (!handler) return null
    if (req.method !== 'POST') return { errcode: 43002, errmsg: 'require POST method' }
    const fault = this.take(this.faults, path)
    if (fault) return { errcode: fault.errcode, errmsg: fault.errmsg }
    if (path !== '/cgi-bin/stable_token') {
      const refused = this.checkToken(url.searchParams.get('access_token'))
      if (refused) return { ...refused }
    }
    if (handler.multipart) return handler.run({ url, body, contentType: req.headers['content-type'] }, {})
    let json: Json
    try {
      json = JSON.parse(body.toString('utf8') || '{}') as Json
      if (!json || typeof json !== 'object' || Array.isArray(json)) throw new Error('not an object')
    } catch {
      return { errcode: 47001, errmsg: 'data format error: body is not a JSON object' }
    }
    return handler.run({ url, body, contentType: req.headers['content-type'] }, json)
  }

  private readonly routes: Record<string, { multipart?: boolean; run: (r: { url: URL; body: Buffer; contentType?: string }, json: Json) => Json | Promise<Json> }> = {
    '/cgi-bin/stable_token': { run: (_r, j) => this.stableToken(j) },
    '/cgi-bin/material/add_material': {
      multipart: true,
      run: async ({ url, body, contentType }) => {
        const type = url.searchParams.get('type')
        if (type !== 'thumb' && type !== 'image') return { errcode: 40004, errmsg: `invalid media type ${type} (the fake supports thumb and image)` }
        const file = await mediaPart(body, contentType)
        if ('errcode' in file) return { ...file }
        const refused = type === 'thumb' ? checkThumb(file) : checkImageMaterial(file)
        if (refused) return { ...refused }
        const media_id = `${type.toUpperCase()}_${hex(16)}`
        const url_ = `http://mmbiz.qpic.cn/mmbiz_jpg/${hex(16)}/0?wx_fmt=jpeg`
        this.materials.set(media_id, { type, bytes: file.data.length, filename: file.filename, url: url_ })
        return { media_id, url: url_, item: [] }
      },
    },
    '/cgi-bin/media/uploadimg': {
      multipart: true,
      run: async ({ body, contentType }) => {
        const file = await mediaPart(body, contentType)
        if ('errcode' in file) return { ...file }
        const refused = checkContentImage(file)
        if (refused) return { ...refused }
        const fmt = file.data[0] === 0x89 ? 'png' : 'jpeg'
        const url = `http://mmbiz.qpic.cn/sz_mmbiz_${fmt === 'png' ? 'png' : 'jpg'}/${hex(16)}/0?wx_fmt=${fmt}`
        this.issuedImages.add(url.replace(/^https?:/, ''))
        return { url }
      },
    },
    '/cgi-bin/draft/add': { run: (_r, j) => this.draftAdd(j) },
    '/cgi-bin/draft/update': { run: (_r, j) => this.draftUpdate(j) },
    '/cgi-bin/draft/delete': {
      run: (_r, j) => (this.drafts.delete(String(j.media_id)) ? OK : { errcode: 40007, errmsg: 'invalid media_id' }),
    },
    '/cgi-bin/draft/get': {
      run: (_r, j) => {
        const draft = this.drafts.get(String(j.media_id))
        return draft ? { news_item: draft.articles.map((a) => ({ ...a, url: `https://mp.weixin.qq.com/s?tempkey=${hex()}` })) } : { errcode: 40007, errmsg: 'invalid media_id' }
      },
    },
    '/cgi-bin/freepublish/submit': { run: (_r, j) => this.submit(j) },
    '/cgi-bin/freepublish/get': { run: (_r, j) => this.publishStatus(String(j.publish_id ?? '')) },
    '/cgi-bin/freepublish/delete': { run: (_r, j) => this.deleteArticle(String(j.article_id ?? ''), Number(j.index ?? 0)) },
    '/cgi-bin/message/custom/send': { run: (_r, j) => this.customSend(j) },
  }

  // ---- API behaviour ---------------------------------------------------------------------

  private stableToken(j: Json): Json {
    if (j.grant_type !== 'client_credential') return { errcode: 40002, errmsg: 'invalid grant_type' }
    if (j.appid !== this.appId) return { errcode: 40013, errmsg: 'invalid appid' }
    if (j.secret !== this.appSecret) return { errcode: 40125, errmsg: 'invalid appsecret' }
    const { token, expiresAt } = this.issueToken(j.force_refresh === true)
    return { access_token: token, expires_in: Math.max(1, Math.ceil((expiresAt - this.now()) / 1000)) }
  }

  private validate(articles: unknown[], single: boolean): Refusal | null {
    for (const [i, a] of articles.entries()) {
      const refused = checkArticle(a as ArticleInput, i, {
        single,
        thumbExists: (id) => this.materials.get(id)?.type === 'thumb',
        imageIssued: (src) => this.issuedImages.has(src.replace(/^https?:/, '')),
      })
      if (refused) return refused
    }
    return null
  }

  private draftAdd(j: Json): Json {
    const articles = j.articles
    if (!Array.isArray(articles) || !articles.length) return { errcode: 44003, errmsg: 'empty news data' }
    if (articles.length > 8) return { errcode: 45008, errmsg: 'article size out of limit: at most 8 articles' }
    const refused = this.validate(articles, articles.length === 1)
    if (refused) return { ...refused }
    const media_id = `DRAFT_${hex(16)}`
    this.drafts.set(media_id, { media_id, articles: articles.map((a) => storedArticle(a as ArticleInput)) })
    return { media_id }
  }

  private draftUpdate(j: Json): Json {
    const draft = this.drafts.get(String(j.media_id))
    if (!draft) return { errcode: 40007, errmsg: 'invalid media_id' }
    // The real API wants one object here; an array gets 47001.
    if (!j.articles || typeof j.articles !== 'object' || Array.isArray(j.articles)) return { errcode: 47001, errmsg: 'data format error: articles must be one object' }
    const index = Number(j.index)
    if (!Number.isInteger(index) || index < 0 || index >= draft.articles.length) return { errcode: 47001, errmsg: `data format error: index ${j.index} out of range` }
    const refused = this.validate([j.articles], draft.articles.length === 1)
    if (refused) return { ...refused }
    draft.articles[index] = storedArticle(j.articles as ArticleInput)
    return OK
  }

  private submit(j: Json): Json {
    const draft = this.drafts.get(String(j.media_id))
    if (!draft) return { errcode: 40007, errmsg: 'invalid media_id' }
    const job = this.startJob(draft, this.opts.publishDelayMs ?? 0)
    if (Number.isFinite(job.finishAt - this.now())) {
      const timer = setTimeout(() => void this.finishAndNotify(job), Math.max(0, job.finishAt - this.now()))
      timer.unref()
      this.timers.add(timer)
    }
    return { ...OK, publish_id: job.publish_id, msg_data_id: Number(job.publish_id) + 1 }
  }

  /** Ends pending publish jobs now (all, or the one given); resolves once their events were pushed. */
  async completePublish(publish_id?: string): Promise<void> {
    const jobs = [...this.jobs.values()].filter((j) => !publish_id || j.publish_id === publish_id)
    await Promise.all(jobs.map((job) => this.finishAndNotify(job)))
  }

  protected override finishDue(job: PublishJob): void {
    void this.finishAndNotify(job)
  }

  /** Finishes the job (once) and pushes PUBLISHJOBFINISH; a finished job returns its push in flight. */
  private finishAndNotify(job: PublishJob): Promise<void> {
    if (!this.finishJob(job)) return this.notifying.get(job.publish_id) ?? Promise.resolve()
    const push = this.notify(job)
    this.notifying.set(job.publish_id, push)
    return push
  }

  private async notify(job: PublishJob): Promise<void> {
    if (!this.opts.callback) return
    try {
      const result = await pushToCallback({ ...this.opts.callback, appId: this.appId }, this.publishEventXml(job), { tries: 3 })
      this.callbackResults.push(result)
    } catch (err) {
      this.callbackResults.push({ error: (err as Error).message })
    }
  }

  private customSend(j: Json): Json {
    if (j.msgtype !== 'text') return { errcode: 40008, errmsg: 'invalid message type (the fake supports text)' }
    const text = j.text as { content?: unknown } | undefined
    if (typeof text?.content !== 'string' || !text.content) return { errcode: 44004, errmsg: 'empty content' }
    return this.sendToUser(String(j.touser ?? ''), text.content)
  }
}

/** Starts a fake WeChat API on 127.0.0.1 (free port). Close it in afterAll/afterEach. */
export async function startFakeWeChat(opts: FakeWeChatOptions = {}): Promise<FakeWeChatServer> {
  return new FakeWeChatServer(opts).listen()
}
