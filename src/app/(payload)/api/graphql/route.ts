import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { getPayload } from 'payload'

import { channelFeedFastPath } from '../../../../publishing/feed/fastPath'
import { cachedGraphQLGet } from '../../../../publishing/feed/httpCache'
import { withMetrics } from '../../../../ops/withMetrics'

export const POST = withMetrics(GRAPHQL_POST(config), '/api/graphql')
// Payload exports no GraphQL GET handler, but GRAPHQL_POST wraps graphql-http, which answers
// GET ?query=... for queries (mutations over GET are refused with 405). cachedGraphQLGet adds
// persisted queries by id and ETag / If-None-Match -> 304 for channel clients and CDNs; the
// persisted channelFeed query, the channel clients' hot path, skips GraphQL (fastPath.ts).
export const GET = withMetrics(
  cachedGraphQLGet(
    GRAPHQL_POST(config) as never,
    channelFeedFastPath(() => getPayload({ config, cron: true })),
  ),
  '/api/graphql',
)
export const OPTIONS = REST_OPTIONS(config)
