import { MATERIAL_FORMS } from '../../collections/ServiceGuides'
import { ITEM_TYPES, validateItemCode } from '../fields/itemCode'
import type { ExportRefs, GuideRecord, ImportRefs, Mapped } from './types'
import { RecordReader } from './validate'

const AUDIENCES = [
  { value: 'personal', label: '自然人' },
  { value: 'corporate', label: '法人' },
  { value: 'both', label: '自然人和法人' },
] as const

/** Files use Chinese labels; the English value is accepted too (hand-edited or older exports). */
function pick<T extends { value: string; label: string }>(options: readonly T[], v: string): T | undefined {
  return options.find((o) => o.label === v || o.value === v)
}

const orNull = (s: string): string | null => (s ? s : null)

/** Resolves guide codes to ids; unknown codes become field errors. */
export function resolveGuideCodes(r: RecordReader, field: string, refs: ImportRefs): Array<string | number> {
  const ids: Array<string | number> = []
  for (const code of r.texts(field)) {
    const id = refs.guides.get(code)
    if (id === undefined) r.fail(field, `未找到事项编码 ${code}`, `unknown guide code ${code}`)
    else ids.push(id)
  }
  return ids
}

/** Resolves the department code; an unknown one is a field error. */
export function resolveDepartment(r: RecordReader, refs: ImportRefs): string | number | null {
  const code = r.text('department', { required: true })
  if (!code) return null
  const id = refs.departments.get(code)
  if (id === undefined) r.fail('department', `未找到部门代码 ${code}`, `unknown department code ${code}`)
  return id ?? null
}

/**
 * Interchange guide -> ServiceGuides data (every field the format carries, so an update makes the
 * edition equal to the file). relatedGuides is mapped only when the record has the key.
 */
export function toGuideData(raw: unknown, refs: ImportRefs): Mapped<Record<string, unknown>> {
  const r = RecordReader.of(raw)
  if (!r) return { errors: ['(记录 record): 应为 JSON 对象 / must be a JSON object'] }
  const code = r.text('code', { required: true })
  const codeCheck = code ? validateItemCode(code) : true
  if (codeCheck !== true) r.errors.push(`code: ${codeCheck}`)
  const title = r.text('title', { required: true, max: 100 })
  const department = resolveDepartment(r, refs)

  const audienceText = r.text('audience')
  const audience = audienceText ? pick(AUDIENCES, audienceText) : AUDIENCES[0]
  if (!audience) r.fail('audience', '应为 personal、corporate 或 both', 'must be personal, corporate or both')
  const itemTypeText = r.text('itemType', { required: true })
  const itemType = itemTypeText ? pick(ITEM_TYPES, itemTypeText) : undefined
  if (itemTypeText && !itemType) {
    r.fail('itemType', `未知事项类型「${itemTypeText}」，应为 ${ITEM_TYPES.map((t) => t.label).join('、')}`, 'unknown item type')
  }

  const materials = r.objects('materials', { required: true }, (m) => {
    const formText = m.text('form', { required: true })
    const form = formText ? pick(MATERIAL_FORMS, formText) : undefined
    if (formText && !form) m.fail('form', '应为 原件、复印件 或 电子证照', 'must be 原件 (original), 复印件 (copy) or 电子证照 (e-licence)')
    return { name: m.text('name', { required: true }), form: form?.value, copies: m.int('copies', { min: 0, max: 99 }) ?? 1, note: orNull(m.text('note')) }
  })
  const fee = r.group('fee')
  const data: Record<string, unknown> = {
    code,
    title,
    department,
    audience: audience?.value,
    themes: r.texts('themes'),
    itemType: itemType?.value,
    legalBasis: r.texts('basis').map((text) => ({ text })),
    conditions: r.texts('conditions', { required: true }).map((text) => ({ text })),
    materials,
    steps: r.objects('steps', { required: true }, (s) => ({ name: s.text('name', { required: true }), description: orNull(s.text('description')) })),
    legalLimitDays: r.int('legalLimitDays', { min: 0, max: 365 }),
    promisedLimitDays: r.int('promisedLimitDays', { required: true, min: 0, max: 365 }),
    fee: { charged: fee?.bool('charged') ?? false, description: orNull(fee?.text('description') ?? '') },
    locations: r.objects('locations', {}, (l) => ({
      name: l.text('name', { required: true }),
      address: orNull(l.text('address')),
      hours: orNull(l.text('hours')),
    })),
    consultPhone: orNull(r.text('consultPhone')),
    complaintPhone: orNull(r.text('complaintPhone')),
    onlineUrl: orNull(r.text('onlineUrl')),
    onlineDepth: ((d) => (d === null ? null : String(d)))(r.int('onlineDepth', { min: 1, max: 4 })),
    maxVisits: r.int('maxVisits', { min: 0, max: 10 }) ?? 0,
    faq: r.objects('faq', {}, (f) => ({ question: f.text('q', { required: true }), answer: f.text('a', { required: true }) })),
    summary: r.text('summary', { required: true, max: 500 }),
  }
  if (r.has('relatedGuides')) data.relatedGuides = resolveGuideCodes(r, 'relatedGuides', refs)
  return r.errors.length ? { errors: r.errors } : { errors: [], data }
}

type Row = Record<string, unknown>
const rows = (v: unknown): Row[] => (Array.isArray(v) ? (v as Row[]) : [])
const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v))
const num = (v: unknown): number | null => (v === null || v === undefined || v === '' ? null : Number(v))
const idOf = (v: unknown): string => String(v && typeof v === 'object' && 'id' in v ? (v as Row).id : v)

/** ServiceGuides document -> interchange guide (labels for item type and material form). */
export function fromGuide(doc: Row, refs: ExportRefs): GuideRecord {
  const fee = (doc.fee as Row | null) ?? {}
  const record: GuideRecord = {
    code: str(doc.code),
    title: str(doc.title),
    department: doc.department ? (refs.departmentCodes.get(idOf(doc.department)) ?? null) : null,
    audience: str(doc.audience) || 'personal',
    themes: rows(doc.themes).map(String),
    itemType: ITEM_TYPES.find((t) => t.value === doc.itemType)?.label ?? null,
    basis: rows(doc.legalBasis).map((b) => str(b.text)),
    conditions: rows(doc.conditions).map((c) => str(c.text)),
    materials: rows(doc.materials).map((m) => ({
      name: str(m.name),
      form: MATERIAL_FORMS.find((f) => f.value === m.form)?.label ?? str(m.form),
      copies: num(m.copies),
      note: str(m.note),
    })),
    steps: rows(doc.steps).map((s) => ({ name: str(s.name), description: str(s.description) })),
    legalLimitDays: num(doc.legalLimitDays),
    promisedLimitDays: num(doc.promisedLimitDays),
    fee: { charged: fee.charged === true, description: str(fee.description) },
    locations: rows(doc.locations).map((l) => ({ name: str(l.name), address: str(l.address), hours: str(l.hours) })),
    consultPhone: str(doc.consultPhone),
    complaintPhone: str(doc.complaintPhone),
    onlineUrl: str(doc.onlineUrl),
    onlineDepth: num(doc.onlineDepth),
    maxVisits: num(doc.maxVisits),
    faq: rows(doc.faq).map((f) => ({ q: str(f.question), a: str(f.answer) })),
    summary: str(doc.summary),
  }
  const related = rows(doc.relatedGuides).map((g) => refs.guideCodes.get(idOf(g))).filter((c): c is string => !!c)
  if (related.length) record.relatedGuides = related
  return record
}
