import type { CollectionSlug, Payload, Where } from 'payload'

import { fromDepartment } from './departments'
import { fromGuide } from './guides'
import { fromNotice } from './notices'
import type { ExportRefs, InterchangeSet } from './types'

type Doc = Record<string, unknown>

export interface ExportOptions {
  /** Include the latest draft of each guide and notice instead of published editions only. */
  drafts?: boolean
}

/** Creation order, so an export lists records in the order they were imported or written. */
function byCreation(a: Doc, b: Doc): number {
  const t = String(a.createdAt ?? '').localeCompare(String(b.createdAt ?? ''))
  if (t) return t
  const [x, y] = [Number(a.id), Number(b.id)]
  return Number.isNaN(x) || Number.isNaN(y) ? String(a.id).localeCompare(String(b.id)) : x - y
}

async function all(payload: Payload, collection: string, drafts: boolean, where?: Where): Promise<Doc[]> {
  const { docs } = await payload.find({ collection: collection as CollectionSlug, pagination: false, depth: 0, draft: drafts, where })
  return (docs as Doc[]).sort(byCreation)
}

/**
 * The hub's content as interchange records. By default only published editions (what the public
 * sees); with `drafts` the latest edition of every guide and notice, published or not. References
 * point only at guides inside the export, so the files always import on their own.
 */
export async function exportRecords(payload: Payload, opts: ExportOptions = {}): Promise<InterchangeSet> {
  const drafts = opts.drafts === true
  const published: Where | undefined = drafts ? undefined : { _status: { equals: 'published' } }
  const departments = await all(payload, 'departments', false)
  const guides = await all(payload, 'service-guides', drafts, published)
  const notices = await all(payload, 'notices', drafts, published)
  const refs: ExportRefs = {
    departmentCodes: new Map(departments.map((d) => [String(d.id), String(d.code)])),
    guideCodes: new Map(guides.map((g) => [String(g.id), String(g.code)])),
  }
  return {
    departments: departments.map(fromDepartment),
    guides: guides.map((g) => fromGuide(g, refs)),
    notices: notices.map((n) => fromNotice(n, refs)),
  }
}
