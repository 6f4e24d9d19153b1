import type { CollectionSlug, Payload, Where } from 'payload'

import type { SynonymEntry } from './synonyms'
import { SYNONYM_SEED } from './synonyms.seed'

type Doc = Record<string, any>

export const SYNONYMS_SLUG = 'search-synonyms'
export const GAPS_SLUG = 'search-gaps'

/** Fields the index reads from a guide; the rest (fees, places, history) is never loaded. */
const GUIDE_SELECT = {
  code: true, title: true, department: true, audience: true, themes: true, summary: true, materials: true,
  conditions: true, faq: true, steps: true, onlineDepth: true, targets: true, _status: true,
}
const NOTICE_SELECT = { slug: true, title: true, department: true, body: true, validFrom: true, validTo: true, targets: true, _status: true }

const published: Where = { _status: { equals: 'published' } }

async function all(payload: Payload, collection: string, where?: Where, select?: Record<string, boolean>): Promise<Doc[]> {
  const { docs } = await payload.find({
    collection: collection as CollectionSlug,
    where,
    select: select as never,
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs as Doc[]
}

/** Published guides and notices, all departments: the whole content of a fresh index. */
export async function loadContent(payload: Payload): Promise<{ departments: Doc[]; guides: Doc[]; notices: Doc[] }> {
  const [departments, guides, notices] = await Promise.all([
    all(payload, 'departments'),
    all(payload, 'service-guides', published, GUIDE_SELECT),
    all(payload, 'notices', published, NOTICE_SELECT),
  ])
  return { departments, guides, notices }
}

/** One guide or notice as it is live now, or null when nothing of it is published. */
export async function loadLive(payload: Payload, collection: string, id: number | string, req?: unknown): Promise<Doc | null> {
  const doc = await payload.db.findOne<Doc & { id: number | string }>({ collection: collection as CollectionSlug, where: { id: { equals: id } }, req: req as never })
  return doc?._status === 'published' ? doc : null
}

/**
 * Enabled synonym entries. An empty collection is filled with the seed first, so a new hub
 * understands citizens from its first search and editors see (and can change) every entry.
 */
export async function loadSynonyms(payload: Payload): Promise<SynonymEntry[]> {
  let docs = await all(payload, SYNONYMS_SLUG)
  if (!docs.length) {
    await seedSynonyms(payload)
    docs = await all(payload, SYNONYMS_SLUG)
  }
  return docs
    .filter((d) => d.enabled !== false)
    .map((d) => ({ phrases: (d.phrases as string[] | null) ?? [], targets: (d.targets as string[] | null) ?? [] }))
}

/** Writes the seed entries; returns how many were created. Safe to call on a filled collection. */
export async function seedSynonyms(payload: Payload): Promise<number> {
  const { totalDocs } = await payload.count({ collection: SYNONYMS_SLUG as CollectionSlug, overrideAccess: true })
  if (totalDocs > 0) return 0
  for (const s of SYNONYM_SEED) {
    await payload.create({
      collection: SYNONYMS_SLUG as CollectionSlug,
      data: { phrases: s.phrases, targets: s.targets, source: 'seed', enabled: true } as never,
      overrideAccess: true,
      context: { searchSeed: true },
    })
  }
  return SYNONYM_SEED.length
}
