/**
 * Assembles a WeChat draft article and checks it against the platform's limits
 * (shared/notes/wechat-official-account.md). A broken limit is reported, never silently fixed,
 * except a digest derived from the summary, which is ours to shorten.
 */
import { coverOf, department, pickImage } from '../shared/doc'
import { limitProblem } from '../shared/limits'
import { clean, cpLength, truncate, utf8Bytes } from '../shared/text'
import type { GuideInput, Id, LimitProblem, NoticeInput, RenderContext } from '../types'
import { el, S, type WechatImage } from './style'

export const WECHAT_LIMITS = {
  /** Code points; older pages said 64, the current one 32. */
  title: 32,
  author: 16,
  digest: 128,
  /** Content must stay *under* these. 1 MB taken as 1,000,000 bytes, whichever MB WeChat means. */
  contentChars: 20_000,
  contentBytes: 1_000_000,
  /** content_source_url, in UTF-8 bytes. */
  sourceUrlBytes: 1024,
} as const

/** The fields of draft/add's article, plus what the adapter needs to fill thumb_media_id and image URLs. */
export interface WechatArticle {
  title: string
  author?: string
  digest: string
  content: string
  content_source_url: string
  /** null here: the adapter uploads `cover` as a thumb and fills it in. */
  thumb_media_id: string | null
  need_open_comment: 0
  only_fans_can_comment: 0
  /** Every <img> src in content, for uploadimg and the rewrite (see draft.ts). Not sent to WeChat. */
  images: WechatImage[]
  /** The cover to upload (wechatCover rendition: JPEG under 64 KB). Not sent to WeChat. */
  cover: { id?: Id; url: string | null; alt: string } | null
}

export interface ArticleParts {
  doc: GuideInput | NoticeInput
  /** Inner HTML; wrapped here in the styled root. */
  inner: string
  images: WechatImage[]
  /** Text the digest is cut from when the editor wrote none. */
  digestSource: string
  sourceUrl: string
}

export function buildArticle(
  { doc, inner, images, digestSource, sourceUrl }: ArticleParts,
  ctx: RenderContext,
): { article: WechatArticle; problems: LimitProblem[] } {
  const problems: LimitProblem[] = []
  const L = WECHAT_LIMITS

  // The editor's short title is the WeChat title whenever given; else the full title must fit.
  const short = clean(doc.channelOverrides?.shortTitle)
  const title = short || clean(doc.title)
  if (cpLength(title) > L.title) {
    const hint = short
      ? { zh: '请缩短短标题', en: 'shorten the short title' }
      : { zh: '请在“渠道定制”中填写短标题', en: 'fill in the short title under channel overrides' }
    problems.push(limitProblem('wechat', 'title', 'maxChars', L.title, cpLength(title), hint))
  }

  const explicit = clean(doc.channelOverrides?.digest)
  if (explicit && cpLength(explicit) > L.digest)
    problems.push(
      limitProblem('wechat', 'digest', 'maxChars', L.digest, cpLength(explicit), { zh: '请缩短摘要', en: 'shorten the digest' }),
    )
  const digest = explicit || truncate(digestSource, L.digest).text

  const content = el('section', S.root, inner)
  if (cpLength(content) >= L.contentChars)
    problems.push(
      limitProblem('wechat', 'content', 'belowChars', L.contentChars, cpLength(content), { zh: '请精简正文', en: 'shorten the body' }),
    )
  if (utf8Bytes(content) >= L.contentBytes)
    problems.push(limitProblem('wechat', 'content', 'belowBytes', L.contentBytes, utf8Bytes(content)))
  if (utf8Bytes(sourceUrl) > L.sourceUrlBytes)
    problems.push(limitProblem('wechat', 'content_source_url', 'maxBytes', L.sourceUrlBytes, utf8Bytes(sourceUrl)))

  const cover = coverFor(doc, ctx)
  if (!cover)
    problems.push(
      limitProblem('wechat', 'cover', 'required', 1, 0, { zh: '请在“渠道定制”中上传封面图', en: 'upload a cover under channel overrides' }),
    )

  // Author is optional: a department name over 16 is left out rather than blocking the article.
  const dept = department(doc)
  const author = [dept?.shortName, dept?.name].map(clean).find((n) => n && cpLength(n) <= L.author)

  return {
    article: {
      title,
      ...(author ? { author } : {}),
      digest,
      content,
      content_source_url: sourceUrl,
      thumb_media_id: null,
      need_open_comment: 0,
      only_fans_can_comment: 0,
      images,
      cover,
    },
    problems,
  }
}

function coverFor(doc: GuideInput | NoticeInput, ctx: RenderContext): WechatArticle['cover'] {
  const raw = doc.channelOverrides?.cover
  if (typeof raw === 'string' || typeof raw === 'number') return { id: raw, url: null, alt: '' } // depth 0: the adapter looks it up
  const media = coverOf(doc)
  if (!media) return null
  const img = pickImage(media, ctx, ['wechatCover'])
  return img ? { ...(media.id !== undefined ? { id: media.id } : {}), url: img.url, alt: media.alt ?? '' } : null
}
