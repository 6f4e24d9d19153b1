import { lexicalToPlainText, plainTextToLexical } from '../text/lexicalText'
import { formatInterchangeDate, parseInterchangeDate, type DateEdge } from './dates'
import { resolveDepartment, resolveGuideCodes } from './guides'
import type { ExportRefs, ImportRefs, Mapped, NoticeRecord } from './types'
import { RecordReader } from './validate'

/**
 * Files separate paragraphs with blank lines; the editor stores one paragraph node per paragraph.
 * Blank lines are therefore dropped rather than stored as empty paragraphs, and export joins
 * paragraphs with one blank line again.
 */
export function noticeBodyToLexical(text: string) {
  const lines = text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '')
  return plainTextToLexical(lines.join('\n'))
}

export function noticeBodyFromLexical(value: unknown): string {
  return lexicalToPlainText(value)
    .split('\n')
    .filter((line) => line.trim() !== '')
    .join('\n\n')
}

function readDate(r: RecordReader, field: string, edge: DateEdge, required: boolean): Date | null {
  const text = r.text(field, { required })
  if (!text) return null
  const date = parseInterchangeDate(text, edge)
  if (!date) r.fail(field, `日期「${text}」无效，应为 2026-12-20 或完整 ISO 时间`, `"${text}" is not a date such as 2026-12-20 or an ISO datetime`)
  return date
}

/** Interchange notice -> Notices data: body to rich text, dates to instants, codes to ids. */
export function toNoticeData(raw: unknown, refs: ImportRefs): Mapped<Record<string, unknown>> {
  const r = RecordReader.of(raw)
  if (!r) return { errors: ['(记录 record): 应为 JSON 对象 / must be a JSON object'] }
  const slug = r.text('slug', { required: true })
  const title = r.text('title', { required: true, max: 120 })
  const department = resolveDepartment(r, refs)
  const body = typeof r.raw('body') === 'string' ? (r.raw('body') as string) : ''
  if (!body.trim()) r.text('body', { required: true })
  const validFrom = readDate(r, 'validFrom', 'start', true)
  const validTo = readDate(r, 'validTo', 'end', false)
  if (validFrom && validTo && validTo.getTime() <= validFrom.getTime()) {
    r.fail('validTo', '失效日期必须晚于生效日期', 'validTo must be later than validFrom')
  }
  const urgent = r.bool('urgent')
  const relatedGuides = resolveGuideCodes(r, 'relatedGuides', refs)
  if (r.errors.length) return { errors: r.errors }
  return {
    errors: [],
    data: {
      slug,
      title,
      department,
      body: noticeBodyToLexical(body),
      validFrom: validFrom?.toISOString(),
      validTo: validTo ? validTo.toISOString() : null,
      urgent,
      relatedGuides,
    },
  }
}

const idOf = (v: unknown): string => String(v && typeof v === 'object' && 'id' in v ? (v as { id: unknown }).id : v)

/** Notices document -> interchange notice. */
export function fromNotice(doc: Record<string, unknown>, refs: ExportRefs): NoticeRecord {
  const related = Array.isArray(doc.relatedGuides) ? doc.relatedGuides : []
  return {
    slug: String(doc.slug ?? ''),
    title: String(doc.title ?? ''),
    department: doc.department ? (refs.departmentCodes.get(idOf(doc.department)) ?? null) : null,
    body: noticeBodyFromLexical(doc.body),
    validFrom: formatInterchangeDate(doc.validFrom, 'start'),
    validTo: formatInterchangeDate(doc.validTo, 'end'),
    urgent: doc.urgent === true,
    relatedGuides: related.map((g) => refs.guideCodes.get(idOf(g))).filter((c): c is string => !!c),
  }
}
