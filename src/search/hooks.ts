import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook, CollectionSlug, PayloadRequest } from 'payload'

import { loadLive, SYNONYMS_SLUG } from './loader'
import { searchService } from './service'

type Kind = 'guide' | 'notice'
const COLLECTION: Record<Kind, string> = { guide: 'service-guides', notice: 'notices' }

/** A failure to update the index must never fail the editor's save; the next rebuild repairs it. */
async function safely(req: PayloadRequest, what: string, fn: () => Promise<void> | void): Promise<void> {
  try {
    await fn()
  } catch (err) {
    req.payload.logger.error({ err }, `search index: ${what} failed`)
  }
}

/**
 * Publish puts the edition in the index, withdraw takes it out, both at once. A draft saved on
 * top of a live edition changes nothing: the live one stays searchable until it is withdrawn.
 */
const afterChange =
  (kind: Kind): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    await safely(req, `${kind} ${doc.id}`, async () => {
      const service = searchService(req.payload)
      // No index yet: the first search builds it from the database, this change included.
      if (!service.active) return
      if (doc._status === 'published') await service.upsert(kind, doc)
      else if (!(await loadLive(req.payload, COLLECTION[kind], doc.id, req))) await service.remove(kind, doc.id)
    })
    return doc
  }

const afterDelete =
  (kind: Kind | 'department'): CollectionAfterDeleteHook =>
  async ({ id, req }) => {
    await safely(req, `${kind} ${id} delete`, () => searchService(req.payload).remove(kind, id))
  }

export const indexGuide = afterChange('guide')
export const unindexGuide = afterDelete('guide')
export const indexNotice = afterChange('notice')
export const unindexNotice = afterDelete('notice')

/** New names and keywords count for department intent at once; its guides are re-labelled. */
export const indexDepartment: CollectionAfterChangeHook = async ({ doc, req }) => {
  await safely(req, `department ${doc.id}`, async () => {
    const service = searchService(req.payload)
    if (!service.active) return
    const { docs } = await req.payload.find({
      collection: 'service-guides',
      where: { and: [{ department: { equals: doc.id } }, { _status: { equals: 'published' } }] },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    await service.upsertDepartment(doc, docs as Array<Record<string, unknown>>)
  })
  return doc
}

export const unindexDepartment: CollectionAfterDeleteHook = async ({ id, req }) => {
  await safely(req, `department ${id} delete`, () => searchService(req.payload).removeDepartment(id))
}

/** Dictionary edits take effect on the next search. */
export const synonymsChanged: CollectionAfterChangeHook = ({ doc, req }) => {
  searchService(req.payload).synonymsChanged()
  return doc
}
export const synonymsDeleted: CollectionAfterDeleteHook = ({ req }) => {
  searchService(req.payload).synonymsChanged()
}

/**
 * One-click synonym from a search gap: typing the official words into 指向的规范用语 and saving
 * creates the dictionary entry (the gap's query -> those words) and closes the gap.
 */
export const synonymFromGap: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const target = typeof data.synonymTarget === 'string' ? data.synonymTarget.trim() : ''
  if (!target || target === originalDoc?.synonymTarget) return data
  // The citizen's words: as the editor trimmed them, else the query without masked parts.
  const query = String(data.query ?? originalDoc?.query ?? '')
  const phrase = String(data.synonymPhrase || originalDoc?.synonymPhrase || query.replace(/\[[^\]]*\]/g, ' '))
    .replace(/\s+/g, ' ')
    .trim()
  if (!phrase) return data
  const synonym = await req.payload.create({
    collection: SYNONYMS_SLUG as CollectionSlug,
    data: { phrases: [phrase], targets: target.split(/[\s,，、;；]+/).filter(Boolean), source: 'gap', enabled: true } as never,
    overrideAccess: true,
    req,
  })
  return { ...data, synonymTarget: target, synonymPhrase: phrase, synonym: synonym.id, status: 'resolved' }
}
