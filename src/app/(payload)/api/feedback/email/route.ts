import config from '@payload-config'
import { getPayload } from 'payload'

import { receiveEmail } from '../../../../../feedback/intake/email'
import { withMetrics } from '../../../../../ops/withMetrics'

export const dynamic = 'force-dynamic'

/**
 * POST /api/feedback/email — the mail gateway posts each inbound message raw (RFC 822) with
 * `Authorization: Bearer $MAIL_GATEWAY_TOKEN` (src/feedback/intake/email.ts, README there).
 */
export const POST = withMetrics(
  (request: Request) => receiveEmail(request, () => getPayload({ config }), { token: process.env.MAIL_GATEWAY_TOKEN }),
  '/api/feedback/email',
)
