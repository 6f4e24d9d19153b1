import type { Payload } from 'payload'

interface FieldLike {
  name?: string
  options?: Array<string | { value: string }>
}

/**
 * 群众诉求 per status, or null when this hub has no `feedback` collection. The statuses come from
 * the collection's own select field, so a new status shows up without a change here.
 */
export async function feedbackByStatus(payload: Payload): Promise<Array<{ status: string; count: number }> | null> {
  const collection = (payload.collections as Record<string, { config: { flattenedFields?: FieldLike[] } } | undefined>).feedback
  if (!collection) return null
  const field = collection.config.flattenedFields?.find((f) => f.name === 'status')
  const statuses = (field?.options ?? []).map((o) => (typeof o === 'string' ? o : o.value))
  if (!statuses.length) return []
  return Promise.all(
    statuses.map(async (status) => ({
      status,
      count: (await payload.count({ collection: 'feedback' as never, where: { status: { equals: status } }, overrideAccess: true })).totalDocs,
    })),
  )
}
