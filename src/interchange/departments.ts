import type { DepartmentRecord, Mapped } from './types'
import { RecordReader } from './validate'

/** The label the single `phone` of a file maps to; other phone rows are the admins' own. */
export const CONSULT_LABEL = '咨询电话'

interface PhoneRow {
  label?: string | null
  number?: string | null
}

/**
 * Interchange department -> Departments data. `existing` keeps phone rows with other labels (and
 * email, which files do not carry) when a re-import updates a department.
 */
export function toDepartmentData(raw: unknown, existing?: Record<string, unknown> | null): Mapped<Record<string, unknown>> {
  const r = RecordReader.of(raw)
  if (!r) return { errors: ['(记录 record): 应为 JSON 对象 / must be a JSON object'] }
  const code = r.text('code', { required: true })
  const name = r.text('name', { required: true })
  const shortName = r.text('shortName')
  const phone = r.text('phone')
  const keywords = r.texts('keywords')
  if (r.errors.length) return { errors: r.errors }
  const others = ((existing?.phones as PhoneRow[] | undefined) ?? [])
    .filter((p) => p.label !== CONSULT_LABEL && p.number)
    .map((p) => ({ label: p.label, number: p.number }))
  return {
    errors: [],
    data: {
      code,
      name,
      shortName: shortName || null,
      phones: [...(phone ? [{ label: CONSULT_LABEL, number: phone }] : []), ...others],
      keywords,
    },
  }
}

/** Departments document -> interchange department. */
export function fromDepartment(doc: Record<string, unknown>): DepartmentRecord {
  const phones = (doc.phones as PhoneRow[] | undefined) ?? []
  const phone = phones.find((p) => p.label === CONSULT_LABEL) ?? phones[0]
  return {
    code: String(doc.code ?? ''),
    name: String(doc.name ?? ''),
    shortName: (doc.shortName as string | null) ?? '',
    phone: phone?.number ?? '',
    keywords: ((doc.keywords as string[] | null) ?? []).map(String),
  }
}
