/** A service guide as an accessible HTML fragment for the public website. */
import { guideFacts, guideUrl, onlineUrl, phones, relatedGuides, telHref, texts, copiesText, formLabel, type FactKey } from '../shared/doc'
import { clean, paragraphs, truncate } from '../shared/text'
import type { GuideInput, NoticeInput, RenderContext, Rendered } from '../types'
import { article, el, esc, section } from './html'
import { listingOf, type WebsiteListing } from './listing'

export interface WebsitePage {
  html: string
  title: string
  /** For <meta name="description">. */
  description: string
  /** Canonical public URL of the page. */
  url: string
  lang: 'zh-CN'
  elder: boolean
  /** For the site's lists; feed entries delivered before it existed lack it (see src/publishing/website). */
  listing: WebsiteListing
}

const HEADER_FACTS: FactKey[] = ['itemType', 'department', 'audience']
const LIMIT_FACTS: FactKey[] = ['legalLimit', 'promisedLimit', 'fee', 'maxVisits', 'onlineDepth']

export function websiteGuide(doc: GuideInput, ctx: RenderContext): Rendered<WebsitePage> {
  const facts = guideFacts(doc)
  const pick = (keys: FactKey[]) => facts.filter((f) => keys.includes(f.key))
  const html = article(
    'guide',
    ctx,
    el('header', {}, el('h1', {}, esc(doc.title)), dl([{ label: '事项编码', value: doc.code }, ...pick(HEADER_FACTS)], 'omni-meta')),
    paragraphs(doc.summary)
      .map((p) => el('p', { class: 'omni-summary' }, esc(p)))
      .join(''),
    online(doc),
    list('conditions', '受理条件', texts(doc.conditions)),
    materials(doc),
    steps(doc),
    limits(pick(LIMIT_FACTS)),
    places(doc),
    contacts(doc),
    list('basis', '设定依据', texts(doc.legalBasis)),
    faq(doc),
    related(doc, ctx),
  )
  const description = truncate(clean(doc.summary) || `${doc.title}办事指南`, 120).text
  return {
    channel: 'website',
    docType: 'guide',
    key: doc.code,
    title: doc.title,
    body: { html, title: doc.title, description, url: guideUrl(ctx, doc.code), lang: 'zh-CN', elder: Boolean(ctx.elder), listing: listingOf(doc) },
    problems: [],
  }
}

export const dl = (rows: { label: string; value: string }[], cls: string) =>
  rows.length ? el('dl', { class: cls }, ...rows.map((r) => el('dt', {}, esc(r.label)) + el('dd', {}, esc(r.value)))) : ''

function online(doc: GuideInput): string {
  const url = onlineUrl(doc)
  if (!url) return el('p', { class: 'omni-online' }, '本事项暂不支持网上办理，请到下方办理地点办理。')
  return el(
    'p',
    { class: 'omni-online' },
    el('a', { href: url, rel: 'noopener' }, '在线办理', el('span', { class: 'omni-sr' }, `：${esc(doc.title)}（前往网上办事大厅）`)),
  )
}

function list(name: string, heading: string, items: string[]): string {
  return items.length ? section(name, heading, el('ul', {}, ...items.map((t) => el('li', {}, esc(t))))) : ''
}

function materials(doc: GuideInput): string {
  const rows = (doc.materials ?? []).filter((m) => clean(m.name))
  if (!rows.length) return ''
  const head = el(
    'thead',
    {},
    el('tr', {}, ...['序号', '材料名称', '材料形式', '份数', '填报说明'].map((h) => el('th', { scope: 'col' }, h))),
  )
  const body = el(
    'tbody',
    {},
    ...rows.map((m, i) =>
      el(
        'tr',
        {},
        el('td', {}, String(i + 1)),
        el('th', { scope: 'row' }, esc(clean(m.name))),
        el('td', {}, esc(formLabel(m.form))),
        el('td', {}, esc(copiesText(m.copies))),
        el('td', {}, esc(clean(m.note))),
      ),
    ),
  )
  return section('materials', '申请材料', el('table', {}, el('caption', {}, `申请材料清单（共${rows.length}项）`), head, body))
}

function steps(doc: GuideInput): string {
  const rows = (doc.steps ?? []).filter((s) => clean(s.name))
  if (!rows.length) return ''
  const items = rows.map((s) =>
    el('li', {}, el('strong', {}, esc(clean(s.name))), ...paragraphs(s.description).map((p) => el('p', {}, esc(p)))),
  )
  return section('steps', '办理流程', el('ol', {}, ...items))
}

function limits(facts: { label: string; value: string }[]): string {
  if (!facts.length) return ''
  const rows = facts.map((f) => el('tr', {}, el('th', { scope: 'row' }, esc(f.label)), el('td', {}, esc(f.value))))
  const head = el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, '项目'), el('th', { scope: 'col' }, '内容')))
  return section('limits', '办理时限与收费', el('table', {}, el('caption', {}, '办理时限、收费与跑动次数'), head, el('tbody', {}, ...rows)))
}

function places(doc: GuideInput): string {
  const rows = (doc.locations ?? []).filter((l) => clean(l.name))
  if (!rows.length) return ''
  const items = rows.map((l) =>
    el(
      'div',
      { class: 'omni-place' },
      el('h3', {}, esc(clean(l.name))),
      dl(
        [
          { label: '地址', value: clean(l.address) },
          { label: '办公时间', value: clean(l.hours) },
        ].filter((r) => r.value),
        'omni-place-info',
      ),
    ),
  )
  return section('places', '办理地点和时间', ...items)
}

function contacts(doc: GuideInput): string {
  const list = phones(doc)
  if (!list.length) return ''
  const items = list.map((p) => el('li', {}, `${esc(p.label)}：`, el('a', { href: telHref(p.number) }, esc(p.number))))
  return section('contact', '咨询与投诉', el('address', {}, el('ul', {}, ...items)))
}

function faq(doc: GuideInput): string {
  const rows = (doc.faq ?? []).filter((f) => clean(f.question) && clean(f.answer))
  if (!rows.length) return ''
  const items = rows.map((f) =>
    el('details', {}, el('summary', {}, esc(clean(f.question))), ...paragraphs(f.answer).map((p) => el('p', {}, esc(p)))),
  )
  return section('faq', '常见问题', ...items)
}

export function related(doc: GuideInput | NoticeInput, ctx: RenderContext, heading = '相关事项'): string {
  const rows = relatedGuides(doc)
  if (!rows.length) return ''
  return section('related', heading, el('ul', {}, ...rows.map((g) => el('li', {}, el('a', { href: guideUrl(ctx, g.code) }, esc(g.title))))))
}
