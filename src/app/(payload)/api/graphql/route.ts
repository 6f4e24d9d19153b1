import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { cachedGraphQLGet } from '../../../../publishing/feed/httpCache'

export const POST = GRAPHQL_POST(config)
// Payload exports no GraphQL GET handler, but GRAPHQL_POST wraps graphql-http, which answers
// GET ?query=... for queries (mutations over GET are refused with 405). cachedGraphQLGet adds
// persisted queries by id and ETag / If-None-Match -> 304 for channel clients and CDNs.
export const GET = cachedGraphQLGet(GRAPHQL_POST(config) as never)
export const OPTIONS = REST_OPTIONS(config)
