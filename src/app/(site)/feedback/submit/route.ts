import config from '@payload-config'
import { getPayload } from 'payload'

import { submitFeedbackForm } from '../../../../feedback/intake/web/submit'
import { withMetrics } from '../../../../ops/withMetrics'

export const dynamic = 'force-dynamic'

/** POST /feedback/submit — the 我要留言 form (src/feedback/intake/web/submit.ts). */
export const POST = withMetrics((request: Request) => submitFeedbackForm(request, () => getPayload({ config })), '/feedback/submit')
