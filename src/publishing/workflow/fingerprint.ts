/**
 * A stable fingerprint of a document's content, so a save that changes nothing does not reset the
 * review, while any real edit after submission or approval does.
 */
const META_KEYS = new Set(['id', 'createdAt', 'updatedAt', '_status', 'workflow', 'workflowActions', 'deliveries'])

export function contentFingerprint(doc: Record<string, unknown> | null | undefined): string {
  return JSON.stringify(canonical(doc ?? {}, true))
}

function canonical(value: unknown, top = false): unknown {
  if (value === null || value === undefined || value === '') return undefined
  if (Array.isArray(value)) {
    const items = value.map((v) => canonical(v)).filter((v) => v !== undefined)
    return items.length ? items : undefined
  }
  if (typeof value === 'object') {
    const obj = value as Record<string, unknown>
    // A populated relation counts as its id.
    if (!top && 'id' in obj && 'createdAt' in obj) return String(obj.id)
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(obj).sort()) {
      if (key === 'id' || (top && META_KEYS.has(key))) continue
      const v = canonical(obj[key])
      if (v !== undefined) out[key] = v
    }
    return Object.keys(out).length ? out : undefined
  }
  return typeof value === 'number' ? value : String(value)
}

/** True when the keys the caller sent differ from what the document holds. */
export function contentChanged(data: Record<string, unknown>, original: Record<string, unknown> | undefined): boolean {
  if (!original) return true
  const merged = { ...original, ...data }
  return contentFingerprint(merged) !== contentFingerprint(original)
}
