import type { DraftArticle } from './client'

/**
 * Preparing an article for draft/add. WeChat silently drops external images and refuses (or
 * truncates) over-long fields, so both are settled here, before anything is sent: the editor sees
 * the exact field and limit in the admin instead of a bare errcode after publishing.
 */

/** The limits of draft/add (docs/wechat.md). Title: the current page says 32, older pages 64: we enforce 32. */
export const WECHAT_LIMITS = {
  titleChars: 32,
  authorChars: 16,
  digestChars: 128,
  /**
   * content: under 20,000 characters (of the HTML as sent). The documented "and under 1 MB" cannot
   * bind on top of it (20,000 code points are at most 80 KB of UTF-8), so it is not checked apart.
   */
  contentChars: 20_000,
  contentSourceUrlBytes: 1024,
} as const

export type ArticleField = 'title' | 'author' | 'digest' | 'content' | 'content_source_url' | 'thumb_media_id'

export interface ArticleProblem {
  field: ArticleField
  /** The limit, in the unit below (0 for a required field that is missing). */
  limit: number
  unit: 'chars' | 'bytes' | 'required'
  actual: number
  message: string
}

const LABEL: Record<ArticleField, string> = {
  title: '标题',
  author: '作者',
  digest: '摘要',
  content: '正文',
  content_source_url: '原文链接（阅读原文）',
  thumb_media_id: '封面图',
}

/** WeChat counts characters, and a CJK extension character or emoji is one character, not two UTF-16 units. */
export const codePoints = (s: string): number => [...s].length
const utf8Bytes = (s: string): number => Buffer.byteLength(s, 'utf8')

function tooLong(field: ArticleField, limit: number, unit: 'chars' | 'bytes', actual: number, strict = false): ArticleProblem {
  const zhUnit = unit === 'chars' ? '个字符' : '字节'
  const bound = strict ? `必须少于 ${limit} ${zhUnit}` : `不能超过 ${limit} ${zhUnit}`
  const enBound = strict ? `must be under ${limit} ${unit === 'chars' ? 'characters' : 'bytes'}` : `must be at most ${limit} ${unit === 'chars' ? 'characters' : 'bytes'}`
  return {
    field,
    limit,
    unit,
    actual,
    message: `微信图文${LABEL[field]}${bound}（当前 ${actual}）/ WeChat article ${field} ${enBound} (has ${actual})`,
  }
}

function missing(field: ArticleField): ArticleProblem {
  return { field, limit: 0, unit: 'required', actual: 0, message: `微信图文缺少${LABEL[field]} / WeChat article ${field} is required` }
}

/** Every limit the article breaks (empty when it fits); for the admin's pre-publish check. */
export function articleProblems(article: Partial<DraftArticle>, opts: { multiArticle?: boolean } = {}): ArticleProblem[] {
  const problems: ArticleProblem[] = []
  const L = WECHAT_LIMITS
  const title = article.title ?? ''
  if (!title.trim()) problems.push(missing('title'))
  else if (codePoints(title) > L.titleChars) problems.push(tooLong('title', L.titleChars, 'chars', codePoints(title)))
  if (article.author && codePoints(article.author) > L.authorChars) problems.push(tooLong('author', L.authorChars, 'chars', codePoints(article.author)))
  // Multi-article drafts carry no digest at all; WeChat ignores it there.
  if (!opts.multiArticle && article.digest && codePoints(article.digest) > L.digestChars) {
    problems.push(tooLong('digest', L.digestChars, 'chars', codePoints(article.digest)))
  }
  const content = article.content ?? ''
  if (!content.trim()) problems.push(missing('content'))
  else if (codePoints(content) >= L.contentChars) problems.push(tooLong('content', L.contentChars, 'chars', codePoints(content), true))
  if (article.content_source_url && utf8Bytes(article.content_source_url) > L.contentSourceUrlBytes) {
    problems.push(tooLong('content_source_url', L.contentSourceUrlBytes, 'bytes', utf8Bytes(article.content_source_url)))
  }
  // Required for article_type news, the only type the hub sends.
  if (!article.thumb_media_id) problems.push(missing('thumb_media_id'))
  return problems
}

export class ArticleLimitError extends Error {
  readonly problems: ArticleProblem[]
  /** The first problem's field and limit, for callers that show one. */
  readonly field: ArticleField
  readonly limit: number
  constructor(problems: ArticleProblem[]) {
    super(problems.map((p) => p.message).join('; '))
    this.name = 'ArticleLimitError'
    this.problems = problems
    this.field = problems[0]!.field
    this.limit = problems[0]!.limit
  }
}

/** Throws ArticleLimitError naming every field over its limit. */
export function assertArticleFits(article: Partial<DraftArticle>, opts?: { multiArticle?: boolean }): asserts article is DraftArticle {
  const problems = articleProblems(article, opts)
  if (problems.length) throw new ArticleLimitError(problems)
}

const IMG_TAG = /<img\b[^>]*>/gi
// "src" preceded by whitespace, so data-src / srcset are left alone.
const SRC_ATTR = /(\s)src\s*=\s*("([^"]*)"|'([^']*)'|([^\s"'>]+))/i

const decodeAttr = (v: string): string =>
  v.replace(/&(amp|quot|#39|apos|lt|gt|#x27);/g, (_, e: string) => ({ amp: '&', quot: '"', '#39': "'", apos: "'", '#x27': "'", lt: '<', gt: '>' })[e]!)
const encodeAttr = (v: string): string => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** Hosts of URLs that uploadimg hands out: already fine for WeChat, no upload needed. */
export const isWeChatImageUrl = (src: string): boolean => {
  try {
    const host = new URL(src).hostname
    return host === 'mmbiz.qpic.cn' || host.endsWith('.qpic.cn') || host === 'mmbiz.qlogo.cn'
  } catch {
    return false
  }
}

export interface RewriteOptions {
  /** Sources to leave as they are; default: URLs already on WeChat's image hosts. */
  keep?: (src: string) => boolean
}

/**
 * Replaces every <img src> with the URL `upload` returns for it (WeChat shows only images uploaded
 * through uploadimg). Each distinct src is uploaded once, one at a time, in order of appearance
 * (uploads count against the per-minute limit). Returns the new HTML and the src -> URL map.
 */
export async function rewriteImages(
  html: string,
  upload: (src: string) => Promise<string>,
  opts: RewriteOptions = {},
): Promise<{ html: string; uploaded: Map<string, string> }> {
  const keep = opts.keep ?? isWeChatImageUrl
  const uploaded = new Map<string, string>()
  const sources: string[] = []
  for (const tag of html.match(IMG_TAG) ?? []) {
    const m = SRC_ATTR.exec(tag)
    if (!m) continue
    const src = decodeAttr((m[3] ?? m[4] ?? m[5] ?? '').trim())
    if (src && !keep(src) && !sources.includes(src)) sources.push(src)
  }
  for (const src of sources) {
    const url = await upload(src)
    if (!url) throw new Error(`图片上传未返回地址 / image upload returned no URL for ${src}`)
    uploaded.set(src, url)
  }
  const out = html.replace(IMG_TAG, (tag) =>
    tag.replace(SRC_ATTR, (whole, space: string, _v, dq?: string, sq?: string, bare?: string) => {
      const url = uploaded.get(decodeAttr((dq ?? sq ?? bare ?? '').trim()))
      return url ? `${space}src="${encodeAttr(url)}"` : whole
    }),
  )
  return { html: out, uploaded }
}

/** The <img src> values of an article's HTML, decoded (for checks and for the fake server). */
export function imageSources(html: string): string[] {
  return (html.match(IMG_TAG) ?? [])
    .map((tag) => SRC_ATTR.exec(tag))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => decodeAttr((m[3] ?? m[4] ?? m[5] ?? '').trim()))
}
