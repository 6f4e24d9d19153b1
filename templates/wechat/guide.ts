/** A service guide as a WeChat article: the essentials inline, 阅读原文 to online handling. */
import { copiesText, formLabel, guideFacts, guideUrl, onlineUrl, phones, relatedGuides, texts } from '../shared/doc'
import { clean, paragraphs } from '../shared/text'
import type { GuideInput, RenderContext, Rendered } from '../types'
import { buildArticle, type WechatArticle } from './article'
import { el, esc, factsTable, h2, items, para, S } from './style'

export function wechatGuide(doc: GuideInput, ctx: RenderContext): Rendered<WechatArticle> {
  const online = onlineUrl(doc)
  const parts: string[] = paragraphs(doc.summary).map((p) => para(p))
  parts.push(para(online ? '点击文末“阅读原文”，即可在网上办事大厅在线办理。' : '点击文末“阅读原文”，查看完整办事指南。', S.note))
  const section = (title: string, html: string) => {
    if (html) parts.push(h2(title), html)
  }
  section('基本信息', factsTable([{ label: '事项编码', value: doc.code }, ...guideFacts(doc)]))
  section('受理条件', items(texts(doc.conditions), true))

  const materials = (doc.materials ?? []).filter((m) => clean(m.name))
  section(
    '申请材料',
    materials
      .map((m, i) => {
        const spec = [formLabel(m.form), copiesText(m.copies)].filter(Boolean).join(' · ')
        return (
          el('p', S.item, `${i + 1}. `, el('strong', '', esc(clean(m.name))), spec ? `（${esc(spec)}）` : '') +
          (clean(m.note) ? para(clean(m.note), S.note) : '')
        )
      })
      .join(''),
  )

  const steps = (doc.steps ?? []).filter((s) => clean(s.name))
  section(
    '办理流程',
    steps
      .map(
        (s, i) =>
          el('p', S.item, `${i + 1}. `, el('strong', '', esc(clean(s.name)))) +
          paragraphs(s.description)
            .map((p) => para(p, S.note))
            .join(''),
      )
      .join(''),
  )

  const places = (doc.locations ?? []).filter((l) => clean(l.name))
  section(
    '办理地点和时间',
    places
      .map(
        (l) =>
          el('p', S.p, el('strong', '', esc(clean(l.name)))) +
          (clean(l.address) ? para(`地址：${clean(l.address)}`, S.note) : '') +
          (clean(l.hours) ? para(`办公时间：${clean(l.hours)}`, S.note) : ''),
      )
      .join(''),
  )
  section(
    '咨询与投诉',
    phones(doc)
      .map((p) => para(`${p.label}：${p.number}`))
      .join(''),
  )

  const faq = (doc.faq ?? []).filter((f) => clean(f.question) && clean(f.answer))
  section(
    '常见问题',
    faq
      .map((f) => el('p', S.p, el('strong', '', `问：${esc(clean(f.question))}`)) + para(`答：${paragraphs(f.answer).join(' ')}`))
      .join(''),
  )
  // No links allowed in content: related items are named so readers can search for them.
  section(
    '相关事项',
    items(
      relatedGuides(doc).map((g) => g.title),
      false,
    ),
  )

  const { article, problems } = buildArticle(
    { doc, inner: parts.join(''), images: [], digestSource: clean(doc.summary), sourceUrl: online ?? guideUrl(ctx, doc.code) },
    ctx,
  )
  return { channel: 'wechat', docType: 'guide', key: doc.code, title: article.title, body: article, problems }
}
