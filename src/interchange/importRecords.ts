import type { CollectionSlug, Payload } from 'payload'

import { toDepartmentData } from './departments'
import { toGuideData } from './guides'
import { toNoticeData } from './notices'
import { COLLECTION_OF, emptyReport, NO_KEY, type Id, type ImportReport, type Kind } from './types'
import { interchangePath } from './validate'

type Doc = Record<string, unknown>

/** Stands for a guide of this input not written yet; resolved in the second guide pass. */
const PENDING = '\u0000pending'

/** The record's code or slug, for error lines. */
function keyOf(kind: Kind, raw: unknown): string {
  const v = raw && typeof raw === 'object' ? (raw as Doc)[kind === 'notices' ? 'slug' : 'code'] : undefined
  return typeof v === 'string' && v.trim() ? v.trim() : NO_KEY
}

/** Field errors of a Payload error (validation, sensitive words, workflow refusal) as lines. */
export function errorMessages(kind: Kind, err: unknown): string[] {
  const e = err as { message?: string; data?: { errors?: Array<{ path?: string; message?: string }>; zh?: string; en?: string } }
  if (e?.data?.errors?.length) return e.data.errors.map((f) => `${interchangePath(kind, f.path)}: ${f.message ?? ''}`)
  if (e?.data?.zh && e.data.en) return [`${e.data.zh} / ${e.data.en}`]
  return [e?.message ?? String(err)]
}

async function loadAll(payload: Payload, kind: Kind): Promise<Map<string, Doc>> {
  const key = kind === 'notices' ? 'slug' : 'code'
  const { docs } = await payload.find({ collection: COLLECTION_OF[kind] as CollectionSlug, pagination: false, depth: 0 })
  return new Map((docs as Doc[]).map((d) => [String(d[key]), d]))
}

/**
 * Writes one record. Guides and notices go through the workflow as an `import`, which publishes
 * the edition, records it in the history and runs the sensitive-word check.
 */
async function write(payload: Payload, kind: Kind, id: Id | undefined, data: Doc): Promise<Doc> {
  const collection = COLLECTION_OF[kind] as CollectionSlug
  const versioned = kind !== 'departments'
  const args = {
    collection,
    data: versioned ? { ...data, _status: 'published' } : data,
    depth: 0,
    ...(versioned ? { context: { workflow: { action: 'import' } } } : {}),
  }
  const doc = id === undefined ? await payload.create(args as never) : await payload.update({ ...args, id } as never)
  return doc as unknown as Doc
}

/**
 * Imports interchange records in dependency order (departments, guides, notices), idempotent by
 * code / slug: an existing record is updated, never duplicated. A record that fails is reported
 * with its position and key while the others continue.
 */
export async function importRecords(
  payload: Payload,
  input: { departments?: unknown[]; guides?: unknown[]; notices?: unknown[] },
  opts: { source?: string } = {},
): Promise<ImportReport> {
  const report = emptyReport()
  const existing = { departments: await loadAll(payload, 'departments'), guides: await loadAll(payload, 'guides') }
  const ids = {
    departments: new Map([...existing.departments].map(([code, d]) => [code, d.id as Id])),
    guides: new Map([...existing.guides].map(([code, d]) => [code, d.id as Id])),
  }

  const fail = (kind: Kind, position: number, raw: unknown, messages: string[]) => {
    report[kind].failed++
    report.errors.push({ kind, position, key: keyOf(kind, raw), file: opts.source ?? kind, messages })
  }

  /** Runs `each` over the records of a kind, refusing a key already seen earlier in the input. */
  const forEach = async (kind: Kind, records: unknown[] | undefined, each: (raw: unknown, position: number) => Promise<void>) => {
    const seen = new Map<string, number>()
    for (const [i, raw] of (records ?? []).entries()) {
      const key = keyOf(kind, raw)
      const first = seen.get(key)
      if (key !== NO_KEY && first !== undefined) {
        fail(kind, i + 1, raw, [`${kind === 'notices' ? 'slug' : 'code'}: 与第 ${first} 条重复 / duplicate of record ${first}`])
        continue
      }
      seen.set(key, i + 1)
      try {
        await each(raw, i + 1)
      } catch (err) {
        fail(kind, i + 1, raw, errorMessages(kind, err))
      }
    }
  }

  /** Maps, then creates or updates by key; returns the written document or null on failure. */
  const upsert = async (kind: Kind, raw: unknown, position: number, mapped: { data?: Doc; errors: string[] }, id: Id | undefined) => {
    if (!mapped.data) {
      fail(kind, position, raw, mapped.errors)
      return null
    }
    const doc = await write(payload, kind, id, mapped.data)
    report[kind][id === undefined ? 'created' : 'updated']++
    return doc
  }

  await forEach('departments', input.departments, async (raw, position) => {
    const old = existing.departments.get(keyOf('departments', raw))
    const doc = await upsert('departments', raw, position, toDepartmentData(raw, old), old?.id as Id | undefined)
    if (doc) ids.departments.set(String(doc.code), doc.id as Id)
  })

  // Guides, pass 1: everything but relations to guides of this input that are not written yet.
  const inputCodes = new Set((input.guides ?? []).map((g) => keyOf('guides', g)))
  const lookup = { get: (code: string) => ids.guides.get(code) ?? (inputCodes.has(code) ? PENDING : undefined) }
  const deferred: Array<{ raw: unknown; position: number; codes: string[]; created: boolean }> = []
  await forEach('guides', input.guides, async (raw, position) => {
    const mapped = toGuideData(raw, { departments: ids.departments, guides: lookup })
    const related = mapped.data?.relatedGuides as Id[] | undefined
    const waits = !!related?.includes(PENDING)
    if (waits) delete mapped.data!.relatedGuides
    const id = ids.guides.get(keyOf('guides', raw))
    const doc = await upsert('guides', raw, position, mapped, id)
    if (!doc) return
    ids.guides.set(String(doc.code), doc.id as Id)
    if (waits) deferred.push({ raw, position, codes: (raw as { relatedGuides: string[] }).relatedGuides.map((c) => String(c).trim()), created: id === undefined })
  })

  // Guides, pass 2: relations to guides written in pass 1.
  for (const item of deferred) {
    const missing = item.codes.filter((c) => !ids.guides.has(c))
    try {
      if (missing.length) {
        throw new Error(`relatedGuides: 相关事项 ${missing.join('、')} 未能导入 / related guides not imported: ${missing.join(', ')}`)
      }
      await write(payload, 'guides', ids.guides.get(keyOf('guides', item.raw)), { relatedGuides: item.codes.map((c) => ids.guides.get(c)) })
    } catch (err) {
      report.guides[item.created ? 'created' : 'updated']--
      fail('guides', item.position, item.raw, errorMessages('guides', err))
    }
  }

  const notices = await loadAll(payload, 'notices')
  await forEach('notices', input.notices, async (raw, position) => {
    const mapped = toNoticeData(raw, { departments: ids.departments, guides: ids.guides })
    await upsert('notices', raw, position, mapped, notices.get(keyOf('notices', raw))?.id as Id | undefined)
  })

  report.errors.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.position - b.position)
  return report
}

const KIND_ORDER: Record<Kind, number> = { departments: 0, guides: 1, notices: 2 }
