import type { Payload, PayloadRequest } from 'payload'
import { ValidationError } from 'payload'

import { formatSensitiveHits, SensitiveMatcher, type SensitiveHit } from '../text/sensitive'
import type { TextField } from './workflow/collectText'

/** One matcher per term-list revision, rebuilt only when the list changes. */
let cached: { key: string; matcher: SensitiveMatcher } | null = null

async function matcherFor(payload: Payload, req?: PayloadRequest): Promise<SensitiveMatcher> {
  const { docs: latest, totalDocs } = await payload.find({
    collection: 'sensitive-terms',
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    req,
  })
  const key = `${totalDocs}:${latest[0]?.updatedAt ?? ''}`
  if (cached?.key === key) return cached.matcher
  const { docs } = await payload.find({ collection: 'sensitive-terms', pagination: false, depth: 0, req })
  const matcher = new SensitiveMatcher(docs.map((d) => String(d.term)))
  cached = { key, matcher }
  return matcher
}

export async function findSensitive(req: PayloadRequest, fields: TextField[]): Promise<SensitiveHit[]> {
  const matcher = await matcherFor(req.payload, req)
  return matcher.scan(fields)
}

/** Blocks with the matched words and where they are, as field errors the admin shows in place. */
export async function assertNoSensitiveWords(req: PayloadRequest, collection: string, fields: TextField[]): Promise<void> {
  const hits = await findSensitive(req, fields)
  if (!hits.length) return
  const byPath = new Map<string, SensitiveHit[]>()
  for (const hit of hits) byPath.set(hit.path ?? '', [...(byPath.get(hit.path ?? '') ?? []), hit])
  throw new ValidationError({
    collection,
    errors: [...byPath.entries()].map(([path, list]) => ({ path, message: formatSensitiveHits(list) })),
  })
}
