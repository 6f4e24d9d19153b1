import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { relationId, staffOf } from '../../../src/access/principal'

/** Labels an official may correct; each correction is kept for retuning the triage engine. */
const LABELS = ['sentiment', 'category', 'urgent'] as const

interface Change {
  field: string
  from: unknown
  to: unknown
}

function changesOf(data: Record<string, any>, original: Record<string, any>): Change[] {
  const out: Change[] = []
  for (const f of LABELS) {
    const to = data.triage?.[f]
    const from = original.triage?.[f]
    if (to !== undefined && to !== null && String(to) !== String(from ?? '')) out.push({ field: f, from: from ?? null, to })
  }
  const toDept = relationId(data.department)
  const fromDept = relationId(original.department)
  if (data.department !== undefined && String(toDept ?? '') !== String(fromDept ?? '')) {
    out.push({ field: 'department', from: fromDept, to: toDept })
  }
  const toGuide = relationId(data.guide)
  if (data.guide !== undefined && String(toGuide ?? '') !== String(relationId(original.guide) ?? '')) {
    out.push({ field: 'guide', from: relationId(original.guide), to: toGuide })
  }
  return out
}

/** Marks a human correction (staff edits, not the triage worker) before the save. */
export const markCorrections: CollectionBeforeChangeHook = ({ data, originalDoc, req, operation }) => {
  if (operation !== 'update' || !originalDoc || !staffOf(req.user)) return data
  const changes = changesOf(data, originalDoc)
  if (!changes.length) return data
  req.context.triageCorrections = changes
  data.triage = { ...(originalDoc.triage ?? {}), ...(data.triage ?? {}), corrected: true }
  return data
}

/** Stores the corrections marked above, in the same transaction. */
export const recordCorrections: CollectionAfterChangeHook = async ({ doc, req }) => {
  const changes = req.context.triageCorrections as Change[] | undefined
  if (!changes?.length) return doc
  delete req.context.triageCorrections
  for (const c of changes) {
    await req.payload.create({
      collection: 'triage-corrections',
      data: {
        feedback: doc.id,
        field: c.field,
        from: c.from === null ? '' : String(c.from),
        to: c.to === null ? '' : String(c.to),
        correctedBy: staffOf(req.user)?.id,
        maskedText: doc.maskedText,
      },
      req,
      overrideAccess: true,
    })
  }
  return doc
}
