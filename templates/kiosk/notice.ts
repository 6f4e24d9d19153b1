/** A notice as kiosk screens: overview with validity, the text paged, a QR to the web page. */
import { formatDateTime, isoOrNull } from '../shared/dates'
import { departmentName, noticeUrl } from '../shared/doc'
import { blocksText, lexicalBlocks } from '../shared/lexical'
import { clean } from '../shared/text'
import type { LimitProblem, NoticeInput, RenderContext, Rendered } from '../types'
import { safeQr } from './guide'
import { KIOSK_VERSION, lines, paged, screen, type KioskDocument, type KioskScreen } from './screens'
import { SCAN_PROMPT, sentences } from './speech'

export interface KioskNotice extends KioskDocument {
  /** Kiosks hide the notice outside these while offline. */
  validFrom: string | null
  validTo: string | null
}

export function kioskNotice(doc: NoticeInput, ctx: RenderContext): Rendered<KioskNotice> {
  const problems: LimitProblem[] = []
  const summary = clean(doc.channelOverrides?.kioskSummary)
  const text = blocksText(lexicalBlocks(doc.body, ctx))
  const dept = departmentName(doc)
  const facts = [
    ...(dept ? [{ label: '发布部门', value: dept }] : []),
    ...(isoOrNull(doc.validFrom) ? [{ label: '生效日期', value: formatDateTime(doc.validFrom) }] : []),
    { label: '失效日期', value: isoOrNull(doc.validTo) ? formatDateTime(doc.validTo) : '长期有效' },
  ]

  const screens: KioskScreen[] = [screen('overview', doc.title, { lines: [...(doc.urgent ? ['紧急通知'] : []), ...lines(summary)], facts })]
  screens.push(...paged('通知内容', text.flatMap(lines)))
  const qr = safeQr(noticeUrl(ctx, doc.slug), '扫码在手机上查看通知', problems)
  if (qr) screens.push(screen('qr', '用手机扫码查看', { lines: ['打开手机扫一扫', '扫描下方二维码'], qr }))

  const speech = sentences([
    doc.urgent ? '紧急通知' : '',
    doc.title,
    ...(summary ? [summary] : text),
    ...facts.map((f) => `${f.label}：${f.value}`),
    qr ? `如需在手机上查看，${SCAN_PROMPT}` : '',
  ])

  return {
    channel: 'kiosk',
    docType: 'notice',
    key: doc.slug,
    title: doc.title,
    body: {
      version: KIOSK_VERSION,
      docType: 'notice',
      key: doc.slug,
      title: doc.title,
      urgent: Boolean(doc.urgent),
      screens,
      speech,
      validFrom: isoOrNull(doc.validFrom),
      validTo: isoOrNull(doc.validTo),
    },
    problems,
  }
}
