import { lexicalToPlainText } from '../text/lexicalText'
import type { DepartmentInfo } from './intent'
import { titleParts } from './text'
import type { Audience, SearchDoc } from './types'

type Doc = Record<string, any>

const texts = (rows: unknown, ...keys: string[]): string[] =>
  Array.isArray(rows)
    ? rows.flatMap((r) => (r && typeof r === 'object' ? keys.map((k) => (r as Doc)[k]) : [r])).filter((v): v is string => typeof v === 'string' && !!v.trim())
    : []

/** A relation value (id or populated document) to its id. */
export const relationId = (v: unknown): string | null =>
  v === null || v === undefined || v === '' ? null : typeof v === 'object' ? String((v as Doc).id ?? '') || null : String(v)

/** The document's channel targeting; a document without the field goes everywhere. */
const channelsOf = (doc: Doc): string[] | undefined => (Array.isArray(doc.targets) ? doc.targets.map(String) : undefined)

export type DepartmentLookup = (id: string | null) => DepartmentInfo | undefined

/** Payload service guide -> SearchDoc. The department is looked up so a rename re-labels hits. */
export function guideToSearchDoc(doc: Doc, departmentOf: DepartmentLookup): SearchDoc {
  const dept = departmentOf(relationId(doc.department))
  const title = String(doc.title ?? '')
  const parts = titleParts(title)
  const depth = Number(doc.onlineDepth)
  return {
    id: `guide:${doc.id}`,
    kind: 'guide',
    docId: doc.id,
    code: String(doc.code ?? ''),
    title,
    aliases: [...parts.slice(1), ...texts(doc.themes)],
    summary: String(doc.summary ?? ''),
    materials: texts(doc.materials, 'name', 'note'),
    conditions: texts(doc.conditions, 'text'),
    faq: texts(doc.faq, 'question', 'answer'),
    body: texts(doc.steps, 'name').join('；'),
    department: dept ? { id: dept.id, code: dept.code, name: dept.name, shortName: dept.shortName } : undefined,
    audience: (['personal', 'corporate', 'both'].includes(doc.audience) ? doc.audience : undefined) as Audience | undefined,
    themes: texts(doc.themes),
    onlineDepth: Number.isFinite(depth) && depth > 0 ? depth : undefined,
    channels: channelsOf(doc),
  }
}

const isoDate = (v: unknown): string | undefined => {
  if (!v) return undefined
  const d = new Date(String(v))
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString()
}

export function noticeToSearchDoc(doc: Doc, departmentOf: DepartmentLookup): SearchDoc {
  const dept = departmentOf(relationId(doc.department))
  return {
    id: `notice:${doc.id}`,
    kind: 'notice',
    docId: doc.id,
    code: String(doc.slug ?? ''),
    title: String(doc.title ?? ''),
    aliases: [],
    summary: '',
    materials: [],
    conditions: [],
    faq: [],
    body: lexicalToPlainText(doc.body),
    department: dept ? { id: dept.id, code: dept.code, name: dept.name, shortName: dept.shortName } : undefined,
    themes: [],
    channels: channelsOf(doc),
    validFrom: isoDate(doc.validFrom),
    validTo: isoDate(doc.validTo),
  }
}

export function departmentInfo(doc: Doc): DepartmentInfo {
  return {
    id: doc.id,
    code: String(doc.code ?? ''),
    name: String(doc.name ?? ''),
    shortName: doc.shortName ? String(doc.shortName) : undefined,
    keywords: texts(doc.keywords),
  }
}

export function departmentToSearchDoc(d: DepartmentInfo): SearchDoc {
  return {
    id: `department:${d.id}`,
    kind: 'department',
    docId: d.id,
    code: d.code,
    title: d.name,
    aliases: d.shortName ? [d.shortName] : [],
    summary: d.keywords.join('、'),
    materials: [],
    conditions: [],
    faq: [],
    body: '',
    department: { id: d.id, code: d.code, name: d.name, shortName: d.shortName },
    themes: [],
  }
}

/** Whether a notice is within its validity window at `now` (the clock withdraws it later). */
export function noticeIsCurrent(doc: SearchDoc, now = Date.now()): boolean {
  if (doc.validFrom && Date.parse(doc.validFrom) > now) return false
  if (doc.validTo && Date.parse(doc.validTo) < now) return false
  return true
}
