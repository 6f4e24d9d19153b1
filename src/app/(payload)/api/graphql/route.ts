import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

export const POST = GRAPHQL_POST(config)
// Payload exports no GraphQL GET handler, but GRAPHQL_POST wraps graphql-http, which answers
// GET ?query=... for queries (mutations over GET are refused with 405): cacheable reads for CDNs.
export const GET = GRAPHQL_POST(config)
export const OPTIONS = REST_OPTIONS(config)
