/**
 * What a WeChat failure means for the caller. The delivery outbox only needs `retryable` (and
 * `retryAfterMs`); `kind` lets the adapter react to the few cases it handles itself (re-upload on
 * invalid_media, another route on cs_window / cs_quota). Not retryable means: dead plus an alert,
 * a human has to act (quota, permissions, content the platform refuses).
 */
export type WeChatErrorKind =
  | 'busy'
  | 'token'
  | 'quota'
  | 'rate'
  | 'invalid_media'
  | 'unauthorised'
  | 'publish_check'
  | 'cs_window'
  | 'cs_quota'
  | 'invalid_article'
  | 'network'
  | 'other'

interface Rule {
  kind: WeChatErrorKind
  retryable: boolean
  retryAfterMs?: number
  zh: string
}

const TOKEN: Rule = { kind: 'token', retryable: true, zh: 'access_token 无效或过期' }
const CREDENTIALS: Rule = { kind: 'unauthorised', retryable: false, zh: 'AppID/AppSecret 或 IP 白名单配置错误' }
const ARTICLE = (zh: string): Rule => ({ kind: 'invalid_article', retryable: false, zh })

/** errcode -> meaning. Anything not listed is 'other' and not retried (no retry storm on surprises). */
export const ERRCODE_RULES: Readonly<Record<number, Rule>> = {
  [-1]: { kind: 'busy', retryable: true, zh: '微信系统繁忙' },
  40001: TOKEN,
  40014: TOKEN,
  42001: TOKEN,
  45009: { kind: 'quota', retryable: false, zh: '接口调用次数已达每日上限' },
  // "retry next minute" says WeChat's errmsg; waiting less only burns more of the quota.
  45011: { kind: 'rate', retryable: true, retryAfterMs: 60_000, zh: '接口调用太频繁（每分钟限额）' },
  40007: { kind: 'invalid_media', retryable: false, zh: '无效的 media_id，需重新上传' },
  48001: { kind: 'unauthorised', retryable: false, zh: '公众号未获得该接口权限' },
  53503: { kind: 'publish_check', retryable: false, zh: '草稿未通过发布检查' },
  45015: { kind: 'cs_window', retryable: false, zh: '已超过 48 小时客服消息时限' },
  45047: { kind: 'cs_quota', retryable: false, zh: '客服消息条数已用完' },
  40013: CREDENTIALS,
  40125: CREDENTIALS,
  40164: CREDENTIALS,
  41002: CREDENTIALS,
  41004: CREDENTIALS,
  40005: { kind: 'invalid_media', retryable: false, zh: '不合法的文件类型' },
  40006: { kind: 'invalid_media', retryable: false, zh: '不合法的文件大小' },
  40009: { kind: 'invalid_media', retryable: false, zh: '不合法的图片大小' },
  45001: { kind: 'invalid_media', retryable: false, zh: '多媒体文件大小超过限制' },
  44004: ARTICLE('内容为空'),
  45002: ARTICLE('正文超过限制'),
  45003: ARTICLE('标题超过限制'),
  45004: ARTICLE('摘要超过限制'),
  45005: ARTICLE('链接超过限制'),
  45110: ARTICLE('作者超过限制'),
  45166: ARTICLE('正文内容不合法'),
  47001: ARTICLE('数据格式错误'),
}

const NETWORK: Rule = { kind: 'network', retryable: true, zh: '无法连接微信接口' }

/**
 * Every failure of a WeChat call. errcode is WeChat's, or null when there was no usable answer
 * (then kind is 'network': connection refused or reset, timeout, HTTP 5xx, a body that is not JSON).
 */
export class WeChatApiError extends Error {
  readonly errcode: number | null
  readonly errmsg: string
  readonly kind: WeChatErrorKind
  readonly retryable: boolean
  /** Minimum wait before trying again, when WeChat's rule says so (per-minute limit). */
  readonly retryAfterMs?: number
  /** The API path that failed, e.g. /cgi-bin/draft/add. */
  readonly path: string
  constructor(errcode: number | null, errmsg: string, path: string) {
    const rule = errcode === null ? NETWORK : (ERRCODE_RULES[errcode] ?? { kind: 'other', retryable: false, zh: '微信接口返回错误' })
    super(
      errcode === null
        ? `${rule.zh} / WeChat API ${path} unreachable: ${errmsg}`
        : `微信接口错误 ${errcode}（${rule.zh}）/ WeChat API ${path} failed: ${errcode} ${errmsg}`,
    )
    this.name = 'WeChatApiError'
    this.errcode = errcode
    this.errmsg = errmsg
    this.kind = rule.kind
    this.retryable = rule.retryable
    this.retryAfterMs = rule.retryAfterMs
    this.path = path
  }
}

/** No usable answer from WeChat: always retryable. A WeChatApiError, so one catch covers both. */
export class WeChatNetworkError extends WeChatApiError {
  /** HTTP status when there was a response. */
  readonly status?: number
  constructor(detail: string, path: string, status?: number) {
    super(null, detail, path)
    this.name = 'WeChatNetworkError'
    this.status = status
  }
}

export const isTokenErrcode = (errcode: number): boolean => errcode === 40001 || errcode === 40014 || errcode === 42001
