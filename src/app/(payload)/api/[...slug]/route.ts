import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { restRouteName } from '../../../../ops/restRoute'
import { withMetrics } from '../../../../ops/withMetrics'

// Every REST request is counted and timed under its route template (/api/deliveries/:id/retry).
const route = restRouteName(config)

export const GET = withMetrics(REST_GET(config), route)
export const POST = withMetrics(REST_POST(config), route)
export const DELETE = withMetrics(REST_DELETE(config), route)
export const PATCH = withMetrics(REST_PATCH(config), route)
export const PUT = withMetrics(REST_PUT(config), route)
export const OPTIONS = withMetrics(REST_OPTIONS(config), route)
