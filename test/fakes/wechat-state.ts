import { randomBytes } from 'node:crypto'

/**
 * The fake WeChat account's state: tokens, materials, drafts, publish jobs, published articles,
 * followers' customer-service windows. Kept apart from the HTTP layer (wechat-server.ts) so each
 * stays readable; tests read it through the server object.
 */

export interface StoredArticle {
  title: string
  author?: string
  digest?: string
  content: string
  content_source_url?: string
  thumb_media_id: string
  need_open_comment: 0 | 1
  only_fans_can_comment: 0 | 1
}

export interface PublishedArticle extends StoredArticle {
  article_id: string
  /** 1-based position in its publication. */
  idx: number
  url: string
  publish_id: string
  deleted: boolean
}

export interface PublishJob {
  publish_id: string
  media_id: string
  articles: StoredArticle[]
  /** 1 while publishing, then 0 success, 2 originality, 3 failed, 4 review rejected. */
  status: number
  finishAt: number
  outcome: { status: 0 | 2 | 3 | 4; fail_idx?: number[] }
  article_id?: string
  fail_idx: number[]
}

interface Token {
  expiresAt: number
  invalidated: boolean
}

const hex = (n = 8) => randomBytes(n).toString('hex')
const cdata = (s: string) => `<![CDATA[${s}]]>`

export class WeChatState {
  protected readonly tokens = new Map<string, Token>()
  private currentToken: string | null = null
  /** stable_token answers that issued a new token (not those that returned the current one). */
  tokensIssued = 0
  forceRefreshes = 0
  readonly materials = new Map<string, { type: 'thumb' | 'image'; bytes: number; filename: string; url: string }>()
  /** URLs handed out by uploadimg, without scheme (http/https both accepted in content). */
  readonly issuedImages = new Set<string>()
  readonly drafts = new Map<string, { media_id: string; articles: StoredArticle[] }>()
  readonly jobs = new Map<string, PublishJob>()
  private readonly articles: PublishedArticle[] = []
  private readonly scripted: PublishJob['outcome'][] = []
  private nextPublishId = 2247503051
  private readonly users = new Map<string, { lastMessageAt: number; sent: number }>()
  readonly customMessages: Array<{ touser: string; content: string; at: number }> = []
  protected readonly timers = new Set<NodeJS.Timeout>()

  protected readonly now: () => number
  private readonly tokenTtlSeconds: number
  private readonly csQuota: number
  /** The account's original id (gh_…), ToUserName of pushed events. */
  readonly accountId: string

  constructor(cfg: { now: () => number; tokenTtlSeconds: number; csQuota: number; accountId: string }) {
    this.now = cfg.now
    this.tokenTtlSeconds = cfg.tokenTtlSeconds
    this.csQuota = cfg.csQuota
    this.accountId = cfg.accountId
  }

  // ---- tokens ----------------------------------------------------------------------------

  /**
   * stable_token semantics: the current token while it has more than 5 minutes left (in its last
   * 5 minutes a new one is issued and the old one stays valid until it expires); force_refresh
   * always issues a new one.
   */
  protected issueToken(force: boolean): { token: string; expiresAt: number } {
    const current = this.currentToken ? this.tokens.get(this.currentToken) : undefined
    if (force) this.forceRefreshes++
    if (!force && current && !current.invalidated && current.expiresAt - this.now() > 5 * 60_000) return { token: this.currentToken!, expiresAt: current.expiresAt }
    const token = `FAKE_${++this.tokensIssued}_${hex(12)}`
    const record = { expiresAt: this.now() + this.tokenTtlSeconds * 1000, invalidated: false }
    this.tokens.set(token, record)
    this.currentToken = token
    return { token, expiresAt: record.expiresAt }
  }

  protected checkToken(token: string | null): { errcode: number; errmsg: string } | null {
    if (!token) return { errcode: 41001, errmsg: 'access_token missing' }
    const record = this.tokens.get(token)
    if (!record) return token.startsWith('FAKE_') ? { errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' } : { errcode: 40014, errmsg: 'invalid access_token' }
    if (record.invalidated) return { errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' }
    if (record.expiresAt <= this.now()) return { errcode: 42001, errmsg: 'access_token expired' }
    return null
  }

  /** Every token issued so far answers 42001 from now on. */
  expireTokens(): void {
    for (const t of this.tokens.values()) t.expiresAt = Math.min(t.expiresAt, this.now())
  }

  /** Every token issued so far answers 40001 (as after a force_refresh elsewhere). */
  invalidateTokens(): void {
    for (const t of this.tokens.values()) t.invalidated = true
  }

  // ---- publishing ------------------------------------------------------------------------

  /** The next submitted publications end with this status instead of success (one entry each). */
  scriptPublish(status: 2 | 3 | 4, fail_idx?: number[]): void {
    this.scripted.push({ status, fail_idx })
  }

  protected startJob(draft: { media_id: string; articles: StoredArticle[] }, delayMs: number): PublishJob {
    const job: PublishJob = {
      publish_id: String(this.nextPublishId++),
      media_id: draft.media_id,
      articles: draft.articles.map((a) => ({ ...a })),
      status: 1,
      finishAt: this.now() + delayMs,
      outcome: this.scripted.shift() ?? { status: 0 },
      fail_idx: [],
    }
    this.jobs.set(job.publish_id, job)
    return job
  }

  /** Applies the job's outcome once; false when it had already finished. */
  protected finishJob(job: PublishJob): boolean {
    if (job.status !== 1) return false
    job.status = job.outcome.status
    if (job.status === 0) {
      job.article_id = `ART_${hex(12)}`
      job.articles.forEach((a, i) =>
        this.articles.push({ ...a, article_id: job.article_id!, idx: i + 1, url: `https://mp.weixin.qq.com/s/${job.article_id}_${i + 1}`, publish_id: job.publish_id, deleted: false }),
      )
      // Published drafts leave the draft box (draft_add documentation).
      this.drafts.delete(job.media_id)
    } else if (job.status === 2 || job.status === 4) {
      job.fail_idx = job.outcome.fail_idx ?? [1]
    }
    return true
  }

  /** A job whose time has come, noticed by a status query; the server also pushes its event. */
  protected finishDue(job: PublishJob): void {
    this.finishJob(job)
  }

  protected publishStatus(publish_id: string): Record<string, unknown> {
    const job = this.jobs.get(publish_id)
    if (!job) return { errcode: 53600, errmsg: 'invalid publish_id (the fake answers 53600)' }
    if (job.status === 1 && job.finishAt <= this.now()) this.finishDue(job)
    const items = this.articles.filter((a) => a.publish_id === publish_id)
    if (job.status === 0 && items.length && items.every((a) => a.deleted)) return { publish_id, publish_status: 5, fail_idx: [] }
    if (job.status !== 0) return { publish_id, publish_status: job.status, fail_idx: job.fail_idx }
    const live = items.filter((a) => !a.deleted)
    return {
      publish_id,
      publish_status: 0,
      article_id: job.article_id,
      article_detail: { count: live.length, item: live.map((a) => ({ idx: a.idx, article_url: a.url })) },
      fail_idx: [],
    }
  }

  protected deleteArticle(article_id: string, index: number): Record<string, unknown> {
    const items = this.articles.filter((a) => a.article_id === article_id)
    if (!items.length) return { errcode: 53600, errmsg: 'invalid article_id (the fake answers 53600)' }
    if (!Number.isInteger(index) || index < 0 || index > items.length) return { errcode: 47001, errmsg: `data format error: index ${index} out of range` }
    // Deleting what is already deleted succeeds: a withdrawal retried after a crash is harmless.
    for (const a of items) if (index === 0 || a.idx === index) a.deleted = true
    return { errcode: 0, errmsg: 'ok' }
  }

  /** Articles currently live on the account (published and not deleted). */
  publishedArticles(): PublishedArticle[] {
    return this.articles.filter((a) => !a.deleted).map((a) => ({ ...a }))
  }

  /** Every article ever published, deleted ones included. */
  allArticles(): PublishedArticle[] {
    return this.articles.map((a) => ({ ...a }))
  }

  /** The PUBLISHJOBFINISH event XML for a finished job, as WeChat pushes it. */
  publishEventXml(job: PublishJob): string {
    const items = this.articles.filter((a) => a.publish_id === job.publish_id)
    const detail =
      job.status === 0
        ? `<article_id>${cdata(job.article_id!)}</article_id><article_detail><count>${items.length}</count>${items
            .map((a) => `<item><idx>${a.idx}</idx><article_url>${cdata(a.url)}</article_url></item>`)
            .join('')}</article_detail>`
        : job.fail_idx.map((i) => `<fail_idx>${i}</fail_idx>`).join('')
    return `<xml><ToUserName>${cdata(this.accountId)}</ToUserName><FromUserName>${cdata('mphelper')}</FromUserName><CreateTime>${Math.floor(this.now() / 1000)}</CreateTime><MsgType>${cdata('event')}</MsgType><Event>${cdata('PUBLISHJOBFINISH')}</Event><PublishEventInfo><publish_id>${job.publish_id}</publish_id><publish_status>${job.status}</publish_status>${detail}</PublishEventInfo></xml>`
  }

  // ---- customer-service messages ---------------------------------------------------------

  /** A follower wrote to the account: opens (or reopens) the 48-hour window and resets the count. */
  userMessaged(openid: string, at = this.now()): void {
    this.users.set(openid, { lastMessageAt: at, sent: 0 })
  }

  protected sendToUser(openid: string, content: string): Record<string, unknown> {
    const user = this.users.get(openid)
    if (!user) return { errcode: 40003, errmsg: 'invalid openid' }
    if (this.now() - user.lastMessageAt > 48 * 3600_000) return { errcode: 45015, errmsg: 'response out of time limit or subscription is canceled' }
    if (user.sent >= this.csQuota) return { errcode: 45047, errmsg: 'out of response count limit' }
    user.sent++
    this.customMessages.push({ touser: openid, content, at: this.now() })
    return { errcode: 0, errmsg: 'ok' }
  }

  protected clearTimers(): void {
    for (const t of this.timers) clearTimeout(t)
    this.timers.clear()
  }
}
