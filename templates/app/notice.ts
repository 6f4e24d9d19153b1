/** A notice as app blocks, with its validity at the top level for offline expiry. */
import { formatDateTime, isoOrNull } from '../shared/dates'
import { departmentName, guideUrl, noticeUrl, relatedGuides } from '../shared/doc'
import { lexicalBlocks } from '../shared/lexical'
import type { NoticeInput, RenderContext, Rendered } from '../types'
import { APP_BLOCKS_VERSION, richToApp, type AppBlock, type AppDocument } from './blocks'

export interface AppNotice extends AppDocument {
  validFrom: string | null
  validTo: string | null
  urgent: boolean
}

export function appNotice(doc: NoticeInput, ctx: RenderContext): Rendered<AppNotice> {
  const validFrom = isoOrNull(doc.validFrom)
  const validTo = isoOrNull(doc.validTo)
  const blocks: AppBlock[] = [{ type: 'heading', level: 1, text: doc.title }]
  if (doc.urgent) blocks.push({ type: 'alert', level: 'urgent', text: '紧急通知' })
  const dept = departmentName(doc)
  if (dept) blocks.push({ type: 'facts', items: [{ key: 'department', label: '发布部门', value: dept }] })
  blocks.push({
    type: 'validity',
    from: validFrom,
    to: validTo,
    fromText: formatDateTime(doc.validFrom),
    toText: validTo ? formatDateTime(doc.validTo) : '长期有效',
  })
  blocks.push(...richToApp(lexicalBlocks(doc.body, ctx), ctx))
  const related = relatedGuides(doc)
  if (related.length) {
    blocks.push({ type: 'heading', level: 2, text: '相关办事指南' })
    for (const g of related) blocks.push({ type: 'link', role: 'related', label: g.title, url: guideUrl(ctx, g.code) })
  }
  return {
    channel: 'app',
    docType: 'notice',
    key: doc.slug,
    title: doc.title,
    body: {
      version: APP_BLOCKS_VERSION,
      docType: 'notice',
      key: doc.slug,
      title: doc.title,
      url: noticeUrl(ctx, doc.slug),
      blocks,
      validFrom,
      validTo,
      urgent: Boolean(doc.urgent),
    },
    problems: [],
  }
}
