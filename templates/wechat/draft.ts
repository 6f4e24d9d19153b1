/**
 * From a rendered WechatArticle to the object draft/add accepts, once the adapter has uploaded the
 * cover (thumb) and every inline image (uploadimg). Pure, so the adapter's I/O stays in channels/.
 */
import { escapeHtml } from '../shared/escape'
import type { DraftArticle } from '../../channels/wechat/client'
import type { WechatArticle } from './article'

/** The protocol's own type: what draft/add accepts (channels/wechat/client.ts). */
export type { DraftArticle }

/**
 * `uploaded` maps each images[].src to the URL uploadimg returned. Throws when an image was not
 * uploaded: WeChat would strip it, so sending the draft would lose content silently.
 */
export function toDraftArticle(article: WechatArticle, thumbMediaId: string, uploaded: Record<string, string>): DraftArticle {
  let content = article.content
  for (const { src } of article.images) {
    const url = uploaded[src]
    if (!url) throw new Error(`图片尚未上传到微信 / image not uploaded to WeChat: ${src}`)
    content = content.split(`src="${escapeHtml(src)}"`).join(`src="${escapeHtml(url)}"`)
  }
  const { title, author, digest, content_source_url, need_open_comment, only_fans_can_comment } = article
  return {
    title,
    ...(author ? { author } : {}),
    digest,
    content,
    content_source_url,
    thumb_media_id: thumbMediaId,
    need_open_comment,
    only_fans_can_comment,
  }
}
