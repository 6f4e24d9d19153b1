import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { Payload, SanitizedConfig } from 'payload'

const handlers = { GET: REST_GET, POST: REST_POST, PATCH: REST_PATCH, DELETE: REST_DELETE }

/**
 * Calls Payload's own Next route handlers with a web Request, the same code path `next start`
 * serves, without starting a server.
 */
export function restClient(payload: Payload) {
  const config = payload.config as unknown as Promise<SanitizedConfig>
  return {
    async rest(method: keyof typeof handlers, path: string, opts: { auth?: string; body?: unknown; lang?: string } = {}) {
      const url = new URL(`http://localhost/api/${path.replace(/^\//, '')}`)
      const headers: Record<string, string> = { 'accept-language': opts.lang ?? 'zh' }
      if (opts.auth) headers.authorization = opts.auth
      if (opts.body !== undefined) headers['content-type'] = 'application/json'
      const request = new Request(url, { method, headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body) })
      const slug = url.pathname.replace(/^\/api\//, '').split('/')
      const res = await handlers[method](Promise.resolve(payload.config) as never)(request, { params: Promise.resolve({ slug }) })
      const text = await res.text()
      return { status: res.status, body: text ? JSON.parse(text) : null }
    },
    async graphql(query: string, opts: { auth?: string; variables?: Record<string, unknown> } = {}) {
      const headers: Record<string, string> = { 'content-type': 'application/json' }
      if (opts.auth) headers.authorization = opts.auth
      const request = new Request('http://localhost/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables: opts.variables }) })
      const res = await GRAPHQL_POST(Promise.resolve(payload.config) as never)(request)
      return { status: res.status, body: (await res.json()) as { data?: any; errors?: Array<{ message: string }> } }
    },
    config,
  }
}
