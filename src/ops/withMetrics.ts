import { defaultRegistry, type Registry } from './metrics'
// Starts the event-loop delay monitor with the first instrumented request, not the first scrape.
import './process'

/** The HTTP metrics, registered once per process (see defaultRegistry). */
export function httpMetrics(registry: Registry = defaultRegistry()) {
  return {
    requests: registry.counter('omnihub_http_requests_total', 'HTTP requests answered, by method, route and status.', ['method', 'route', 'status']),
    duration: registry.histogram(
      'omnihub_http_request_duration_seconds',
      'Time until the route handler returned its response (body streaming excluded), by method, route and status.',
      ['method', 'route', 'status'],
    ),
  }
}

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])

type Args = [request: Request, ...rest: any[]]
/** A fixed route name, or one derived from the handler's arguments (must have few distinct values). */
export type RouteName<A extends Args> = string | ((...args: A) => string | Promise<string>)

/**
 * Wraps a Next route handler so each request is counted and timed by route and status. A handler
 * that throws is recorded as 500 and the error is rethrown for Next to handle. The wrapper takes
 * exactly the handler's arguments, so it fits wherever the handler did.
 */
export function withMetrics<A extends Args>(
  handler: (...args: A) => Promise<Response> | Response,
  route: RouteName<A>,
  registry?: Registry,
): (...args: A) => Promise<Response> {
  return async (...args) => {
    const started = performance.now()
    let status = 500
    try {
      const response = await handler(...args)
      status = response.status
      return response
    } finally {
      const { requests, duration } = httpMetrics(registry)
      const method = args[0].method
      const labels = {
        method: METHODS.has(method) ? method : 'OTHER',
        route: await routeLabel(route, args),
        status: String(status),
      }
      requests.inc(labels)
      duration.observe(labels, (performance.now() - started) / 1000)
    }
  }
}

async function routeLabel<A extends Args>(route: RouteName<A>, args: A): Promise<string> {
  if (typeof route === 'string') return route
  try {
    return await route(...args)
  } catch {
    return ':unknown'
  }
}
