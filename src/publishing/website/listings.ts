/**
 * The public website's lists, as pure functions of the catalog (catalog.ts), so they are tested
 * without Next and cost nothing beyond the one catalog read per request.
 */
import type { Catalog, CatalogDepartment, CatalogItem } from './catalog'

const collator = new Intl.Collator('zh-CN')
const byTitle = (a: CatalogItem, b: CatalogItem) => collator.compare(a.title, b.title) || collator.compare(a.key, b.key)

export interface DepartmentSummary extends CatalogDepartment {
  guideCount: number
}

export interface ThemeSummary {
  theme: string
  guideCount: number
}

const guides = (catalog: Catalog) => catalog.items.filter((i) => i.docType === 'guide')

/** Departments with at least one live guide, in pinyin order of their names. */
export function listDepartments(catalog: Catalog): DepartmentSummary[] {
  const found = new Map<string, DepartmentSummary>()
  // Items are newest first: the newest rendering gives the department's current name.
  for (const g of guides(catalog)) {
    const d = g.department
    if (!d?.code) continue
    const entry = found.get(d.code) ?? { ...d, guideCount: 0 }
    entry.guideCount += 1
    found.set(d.code, entry)
  }
  return [...found.values()].sort((a, b) => collator.compare(a.name, b.name))
}

export interface DepartmentListing {
  department: CatalogDepartment
  guides: CatalogItem[]
  notices: CatalogItem[]
}

/** One department's live guides (by title) and its current notices; null when it has neither. */
export function departmentListing(catalog: Catalog, code: string, now = new Date()): DepartmentListing | null {
  const mine = (i: CatalogItem) => i.department?.code === code
  const guideList = guides(catalog).filter(mine)
  const notices = currentNotices(catalog, now).filter(mine)
  const department = (guideList[0] ?? notices[0])?.department
  if (!department) return null
  return { department, guides: guideList.sort(byTitle), notices }
}

/** 人生事件 themes of live guides, most guides first, then in pinyin order. */
export function listThemes(catalog: Catalog): ThemeSummary[] {
  const counts = new Map<string, number>()
  for (const g of guides(catalog)) for (const t of g.themes) counts.set(t, (counts.get(t) ?? 0) + 1)
  return [...counts.entries()]
    .map(([theme, guideCount]) => ({ theme, guideCount }))
    .sort((a, b) => b.guideCount - a.guideCount || collator.compare(a.theme, b.theme))
}

/** Live guides of one theme, by title. */
export function themeGuides(catalog: Catalog, theme: string): CatalogItem[] {
  const wanted = theme.replace(/\s+/g, ' ').trim()
  return guides(catalog)
    .filter((g) => g.themes.includes(wanted))
    .sort(byTitle)
}

/** The guides delivered most recently. */
export function latestGuides(catalog: Catalog, limit = 10): CatalogItem[] {
  return guides(catalog).slice(0, limit)
}

/** In effect at `now`: from validFrom (if any) until validTo (if any), as pull clients do offline. */
export function isCurrent(item: CatalogItem, now = new Date()): boolean {
  const t = now.getTime()
  if (item.validFrom && Date.parse(item.validFrom) > t) return false
  return !(item.validTo && Date.parse(item.validTo) <= t)
}

/** Notices in effect, newest first (by validFrom, then by delivery). Expired and withdrawn ones are not listed. */
export function currentNotices(catalog: Catalog, now = new Date()): CatalogItem[] {
  const start = (i: CatalogItem) => Date.parse(i.validFrom ?? i.updatedAt ?? i.deliveredAt) || 0
  return catalog.items
    .filter((i) => i.docType === 'notice' && isCurrent(i, now))
    .sort((a, b) => start(b) - start(a) || b.seq - a.seq)
}
