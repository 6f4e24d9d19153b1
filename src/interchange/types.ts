/**
 * The interchange format: plain JSON records keyed by stable codes (never database ids), so content
 * moves between hubs, spreadsheets and the demo seed. See docs/interchange-format.md.
 */

export type Kind = 'departments' | 'guides' | 'notices'

/** Dependency order: guides point at departments, notices at departments and guides. */
export const KINDS: readonly Kind[] = ['departments', 'guides', 'notices']

export const KIND_LABELS: Record<Kind, string> = { departments: '职能部门', guides: '办事指南', notices: '通知公告' }

/** The Payload collection behind each kind. */
export const COLLECTION_OF = { departments: 'departments', guides: 'service-guides', notices: 'notices' } as const

export interface DepartmentRecord {
  code: string
  name: string
  shortName: string
  phone: string
  keywords: string[]
}

export interface MaterialRecord {
  name: string
  /** 原件 / 复印件 / 电子证照 */
  form: string
  copies: number | null
  note: string
}

export interface GuideRecord {
  code: string
  title: string
  /** Department code. */
  department: string | null
  audience: string
  themes: string[]
  /** Chinese label of the item type, e.g. 行政许可. */
  itemType: string | null
  basis: string[]
  conditions: string[]
  materials: MaterialRecord[]
  steps: Array<{ name: string; description: string }>
  legalLimitDays: number | null
  promisedLimitDays: number | null
  fee: { charged: boolean; description: string }
  locations: Array<{ name: string; address: string; hours: string }>
  consultPhone: string
  complaintPhone: string
  onlineUrl: string
  onlineDepth: number | null
  maxVisits: number | null
  faq: Array<{ q: string; a: string }>
  summary: string
  /** Guide codes; optional in files, exported only when not empty. */
  relatedGuides?: string[]
}

export interface NoticeRecord {
  slug: string
  title: string
  department: string | null
  /** Plain text, paragraphs separated by blank lines. */
  body: string
  /** Date-only (Asia/Shanghai) or full ISO datetime. */
  validFrom: string | null
  validTo: string | null
  urgent: boolean
  relatedGuides: string[]
}

export interface InterchangeSet {
  departments: DepartmentRecord[]
  guides: GuideRecord[]
  notices: NoticeRecord[]
}

export type Id = string | number

/** Code -> database id, for resolving references on import (a Map will do). */
export interface ImportRefs {
  departments: { get(code: string): Id | undefined }
  guides: { get(code: string): Id | undefined }
}

/** Database id (as a string) -> code, for writing references on export. */
export interface ExportRefs {
  departmentCodes: Map<string, string>
  guideCodes: Map<string, string>
}

/** Either mapped collection data or the reasons the record cannot be imported. */
export interface Mapped<T> {
  data?: T
  errors: string[]
}

export interface ImportError {
  kind: Kind
  /** 1-based index of the record in its file. */
  position: number
  /** Code or slug, or '(无编码)' when the record has none. */
  key: string
  file: string
  messages: string[]
}

export interface KindCounts {
  created: number
  updated: number
  /** Not produced by importRecords (every existing record is rewritten); kept for callers that merge reports. */
  unchanged?: number
  failed: number
}

export interface ImportReport {
  departments: KindCounts
  guides: KindCounts
  notices: KindCounts
  errors: ImportError[]
}

export const NO_KEY = '(无编码)'

export function emptyReport(): ImportReport {
  const zero = (): KindCounts => ({ created: 0, updated: 0, failed: 0 })
  return { departments: zero(), guides: zero(), notices: zero(), errors: [] }
}
