/** A notice as a WeChat article: 阅读原文 opens the notice on the public website. */
import { formatDateTime, isoOrNull } from '../shared/dates'
import { departmentName, noticeUrl, relatedGuides } from '../shared/doc'
import { blocksText, lexicalBlocks } from '../shared/lexical'
import { joinText } from '../shared/text'
import type { NoticeInput, RenderContext, Rendered } from '../types'
import { buildArticle, type WechatArticle } from './article'
import { el, esc, h2, items, para, richHtml, S, type WechatImage } from './style'

export function wechatNotice(doc: NoticeInput, ctx: RenderContext): Rendered<WechatArticle> {
  const blocks = lexicalBlocks(doc.body, ctx)
  const images: WechatImage[] = []
  const parts: string[] = []
  if (doc.urgent) parts.push(el('p', S.urgent, '紧急通知'))
  const validity = [
    isoOrNull(doc.validFrom) ? `生效日期：${formatDateTime(doc.validFrom)}` : '',
    `失效日期：${isoOrNull(doc.validTo) ? formatDateTime(doc.validTo) : '长期有效'}`,
  ].filter(Boolean)
  parts.push(para(validity.join('　'), S.note))
  parts.push(richHtml(blocks, ctx, images))
  const dept = departmentName(doc)
  if (dept) parts.push(el('p', S.p + ';text-align:right', esc(dept)))
  const related = relatedGuides(doc).map((g) => g.title)
  if (related.length) parts.push(h2('相关办事指南'), items(related, false))

  const { article, problems } = buildArticle(
    { doc, inner: parts.join(''), images, digestSource: joinText(blocksText(blocks)), sourceUrl: noticeUrl(ctx, doc.slug) },
    ctx,
  )
  return { channel: 'wechat', docType: 'notice', key: doc.slug, title: article.title, body: article, problems }
}
