import type { PayloadRequest } from 'payload'

/** True when the edition is being submitted, published or imported: it must then be complete. */
export function mustBeComplete(data: Record<string, unknown> | undefined, req: PayloadRequest): boolean {
  const action = (req.context?.workflow as { action?: string } | undefined)?.action
  return data?._status === 'published' || action === 'submit' || action === 'import'
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
}

/**
 * Drafts may be incomplete; an edition sent for review or published may not. The message names
 * the field in Chinese and English.
 */
export const requiredForReview =
  (zh: string, en: string) =>
  (value: unknown, { data, req }: { data: Partial<Record<string, unknown>>; req: PayloadRequest }): true | string =>
    mustBeComplete(data as Record<string, unknown>, req) && isEmpty(value) ? `${zh} / ${en}` : true
