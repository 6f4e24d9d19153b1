import type { SanitizedConfig } from 'payload'

interface EndpointLike {
  method: string
  path: string
}

interface Vocabulary {
  collections: Map<string, EndpointLike[]>
  globals: Map<string, EndpointLike[]>
  root: EndpointLike[]
  api: string
}

const cache = new WeakMap<SanitizedConfig, Vocabulary>()

function endpointsOf(owner: { endpoints?: unknown }): EndpointLike[] {
  return Array.isArray(owner.endpoints) ? (owner.endpoints as EndpointLike[]).filter((e) => typeof e?.path === 'string') : []
}

function vocabulary(config: SanitizedConfig): Vocabulary {
  let v = cache.get(config)
  if (!v) {
    v = {
      collections: new Map(config.collections.map((c) => [c.slug, endpointsOf(c)])),
      globals: new Map((config.globals ?? []).map((g) => [g.slug, endpointsOf(g)])),
      root: endpointsOf(config),
      api: config.routes?.api ?? '/api',
    }
    cache.set(config, v)
  }
  return v
}

/** Matches request segments against an endpoint path such as `/:id/retry` or `/access/:id?`. */
function matches(pattern: string, segments: string[]): boolean {
  const parts = pattern.split('/').filter(Boolean)
  if (segments.length > parts.length) return false
  return parts.every((p, i) => {
    if (i >= segments.length) return p.startsWith(':') && p.endsWith('?')
    return p.startsWith(':') || p === segments[i]
  })
}

function pick(endpoints: EndpointLike[], method: string, segments: string[]): string | undefined {
  const m = method.toLowerCase()
  const hit = endpoints.find((e) => e.method === m && matches(e.path, segments)) ?? endpoints.find((e) => matches(e.path, segments))
  return hit ? hit.path.replace(/\/$/, '') : undefined
}

/**
 * The route template of a REST request, e.g. `/api/deliveries/:id/retry`, taken from the endpoint
 * definitions in the Payload config. Ids and unknown paths never reach a label: a metric label fed
 * from raw URLs would grow without bound.
 */
export function restRouteTemplate(config: SanitizedConfig, method: string, slug: string[]): string {
  const v = vocabulary(config)
  const [first, ...rest] = slug
  if (first === undefined) return v.api
  const collection = v.collections.get(first)
  if (collection) return `${v.api}/${first}${pick(collection, method, rest) ?? '/:unmatched'}`
  if (first === 'globals' && rest.length) {
    const [globalSlug, ...tail] = rest
    const global = v.globals.get(globalSlug)
    if (global) return `${v.api}/globals/${globalSlug}${pick(global, method, tail) ?? '/:unmatched'}`
    return `${v.api}/globals/:unknown`
  }
  const root = pick(v.root, method, slug)
  return root !== undefined ? `${v.api}${root}` : `${v.api}/:unknown`
}

/** A route-name function for withMetrics on the `[...slug]` REST route. */
export function restRouteName(config: Promise<SanitizedConfig> | SanitizedConfig) {
  return async (request: Request, ctx: { params: Promise<{ slug: string[] }> }): Promise<string> => {
    const { slug } = await ctx.params
    return restRouteTemplate(await config, request.method, slug ?? [])
  }
}
