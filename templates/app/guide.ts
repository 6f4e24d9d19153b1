/** A service guide as app blocks. */
import { formLabel, guideFacts, guideUrl, onlineUrl, phones, relatedGuides, telHref, texts } from '../shared/doc'
import { clean, paragraphs } from '../shared/text'
import type { GuideInput, RenderContext, Rendered } from '../types'
import { APP_BLOCKS_VERSION, type AppBlock, type AppDocument } from './blocks'

export function appGuide(doc: GuideInput, ctx: RenderContext): Rendered<AppDocument> {
  const blocks: AppBlock[] = [{ type: 'heading', level: 1, text: doc.title }]
  const section = (title: string, ...content: AppBlock[]) => {
    if (content.length) blocks.push({ type: 'heading', level: 2, text: title }, ...content)
  }
  for (const p of paragraphs(doc.summary)) blocks.push({ type: 'paragraph', text: p })
  const online = onlineUrl(doc)
  if (online) blocks.push({ type: 'link', role: 'online', label: '在线办理', url: online })
  blocks.push({ type: 'facts', items: [{ key: 'code', label: '事项编码', value: doc.code }, ...guideFacts(doc)] })

  const conditions = texts(doc.conditions)
  if (conditions.length) section('受理条件', { type: 'list', ordered: false, items: conditions.map((text) => ({ text })) })

  const materials = (doc.materials ?? []).filter((m) => clean(m.name))
  if (materials.length) {
    const items = materials.map((m) => ({
      name: clean(m.name),
      form: m.form ?? null,
      formLabel: formLabel(m.form),
      copies: typeof m.copies === 'number' ? m.copies : null,
      note: clean(m.note),
    }))
    section('申请材料', { type: 'materials', items })
  }

  const steps = (doc.steps ?? []).filter((s) => clean(s.name))
  if (steps.length)
    section('办理流程', {
      type: 'steps',
      items: steps.map((s) => ({ name: clean(s.name), description: paragraphs(s.description).join('\n') })),
    })

  const places = (doc.locations ?? []).filter((l) => clean(l.name))
  if (places.length)
    section('办理地点和时间', {
      type: 'locations',
      items: places.map((l) => ({ name: clean(l.name), address: clean(l.address), hours: clean(l.hours) })),
    })

  section('咨询与投诉', ...phones(doc).map((p): AppBlock => ({ type: 'phone', label: p.label, number: p.number, uri: telHref(p.number) })))

  const basis = texts(doc.legalBasis)
  if (basis.length) section('设定依据', { type: 'list', ordered: false, items: basis.map((text) => ({ text })) })

  const faq = (doc.faq ?? []).filter((f) => clean(f.question) && clean(f.answer))
  if (faq.length)
    section('常见问题', { type: 'faq', items: faq.map((f) => ({ question: clean(f.question), answer: paragraphs(f.answer).join('\n') })) })

  section(
    '相关事项',
    ...relatedGuides(doc).map((g): AppBlock => ({ type: 'link', role: 'related', label: g.title, url: guideUrl(ctx, g.code) })),
  )

  return {
    channel: 'app',
    docType: 'guide',
    key: doc.code,
    title: doc.title,
    body: { version: APP_BLOCKS_VERSION, docType: 'guide', key: doc.code, title: doc.title, url: guideUrl(ctx, doc.code), blocks },
    problems: [],
  }
}
