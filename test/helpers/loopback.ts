import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'

import { cachedGraphQLGet } from '../../src/publishing/feed/httpCache'

/**
 * A real HTTP server on 127.0.0.1 that serves /api/graphql with the same handlers as the Next
 * route (POST, and GET with persisted queries and ETags), so client libraries talk real HTTP.
 */
export async function serveGraphQL(payload: Payload): Promise<{ url: string; close: () => Promise<void> }> {
  const post = GRAPHQL_POST(Promise.resolve(payload.config) as never)
  const get = cachedGraphQLGet(post as never)
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const c of req) chunks.push(c as Buffer)
    const headers = new Headers()
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v)
    const url = `http://127.0.0.1${req.url}`
    const request = new Request(url, { method: req.method, headers, body: req.method === 'POST' ? Buffer.concat(chunks) : undefined })
    const response = await (req.method === 'GET' ? get(request) : post(request))
    res.writeHead(response.status, Object.fromEntries(response.headers.entries()))
    res.end(Buffer.from(await response.arrayBuffer()))
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/api/graphql`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  }
}
