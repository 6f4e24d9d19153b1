import { APIError } from 'payload'

/**
 * A refused answer action: HTTP status, the field at fault, Chinese and English. Public (the last
 * APIError argument), so REST, GraphQL and the admin show the message instead of a generic one.
 */
export class AnswerError extends APIError {
  readonly zh: string
  readonly en: string
  readonly field?: string
  constructor(status: number, zh: string, en: string, field?: string) {
    super(`${zh} / ${en}`, status, { zh, en, ...(field ? { field } : {}) }, true)
    this.zh = zh
    this.en = en
    this.field = field
  }
}

/** A JSON error body in the shape the hub's other endpoints answer with. */
export function errorResponse(err: unknown): Response {
  if (err instanceof APIError) {
    const data = (err.data ?? {}) as Record<string, unknown>
    return Response.json({ errors: [{ message: err.message, ...data }] }, { status: err.status })
  }
  const status = (err as { status?: number }).status ?? 500
  return Response.json({ errors: [{ message: (err as Error)?.message ?? String(err) }] }, { status })
}
