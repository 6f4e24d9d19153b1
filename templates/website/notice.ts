/** A notice as an accessible HTML fragment for the public website. */
import { formatDateTime, isoOrNull } from '../shared/dates'
import { departmentName, noticeUrl } from '../shared/doc'
import { blocksText, lexicalBlocks } from '../shared/lexical'
import { joinText, truncate } from '../shared/text'
import type { NoticeInput, RenderContext, Rendered } from '../types'
import { related, type WebsitePage } from './guide'
import { article, blocksHtml, el, esc } from './html'
import { listingOf } from './listing'

export interface WebsiteNoticePage extends WebsitePage {
  /** ISO instants, so pull clients hide the notice outside its validity while offline. */
  validFrom: string | null
  validTo: string | null
  urgent: boolean
}

export function websiteNotice(doc: NoticeInput, ctx: RenderContext): Rendered<WebsiteNoticePage> {
  const blocks = lexicalBlocks(doc.body, ctx)
  const html = article(
    'notice',
    ctx,
    el(
      'header',
      {},
      el('h1', {}, esc(doc.title)),
      doc.urgent ? el('p', { class: 'omni-urgent' }, el('strong', {}, '紧急通知'), '：请及时阅读并留意有关安排。') : '',
      validity(doc),
    ),
    el('div', { class: 'omni-body' }, blocksHtml(blocks, ctx)),
    related(doc, ctx, '相关办事指南'),
  )
  const description = truncate(joinText(blocksText(blocks)) || doc.title, 120).text
  return {
    channel: 'website',
    docType: 'notice',
    key: doc.slug,
    title: doc.title,
    body: {
      html,
      title: doc.title,
      description,
      url: noticeUrl(ctx, doc.slug),
      lang: 'zh-CN',
      elder: Boolean(ctx.elder),
      validFrom: isoOrNull(doc.validFrom),
      validTo: isoOrNull(doc.validTo),
      urgent: Boolean(doc.urgent),
      listing: listingOf(doc),
    },
    problems: [],
  }
}

/** Publisher and validity as a description list; dates in Asia/Shanghai with <time datetime>. */
function validity(doc: NoticeInput): string {
  const time = (v: unknown) => {
    const iso = isoOrNull(v)
    return iso ? el('time', { datetime: iso }, esc(formatDateTime(v))) : ''
  }
  const rows: [string, string][] = []
  const dept = departmentName(doc)
  if (dept) rows.push(['发布部门', esc(dept)])
  if (isoOrNull(doc.validFrom)) rows.push(['生效日期', time(doc.validFrom)])
  rows.push(['失效日期', isoOrNull(doc.validTo) ? time(doc.validTo) : '长期有效'])
  return el('dl', { class: 'omni-validity' }, ...rows.map(([k, v]) => el('dt', {}, k) + el('dd', {}, v)))
}
