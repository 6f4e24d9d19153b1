import { createHash, timingSafeEqual } from 'node:crypto'

const digest = (s: string) => createHash('sha256').update(s).digest()

/**
 * Checks `Authorization: Bearer <token>` against `expected`; with no token configured anyone may
 * read. Digests are compared in constant time so the answer's timing does not leak the token.
 */
export function bearerAllowed(request: Request, expected: string | undefined): boolean {
  if (!expected) return true
  const match = /^Bearer\s+(.+)$/i.exec(request.headers.get('authorization') ?? '')
  return !!match && timingSafeEqual(digest(match[1].trim()), digest(expected))
}

/** The bilingual 401 the hub's APIs answer with, naming the field at fault. */
export function unauthorized(): Response {
  return Response.json(
    { errors: [{ message: '需要有效的访问令牌 / A valid bearer token is required', field: 'authorization' }] },
    { status: 401, headers: { 'www-authenticate': 'Bearer realm="omnihub-metrics"', 'cache-control': 'no-store' } },
  )
}
