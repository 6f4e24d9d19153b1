import config from '@payload-config'
import { getPayload } from 'payload'

import { submitUsefulForm } from '../../../../feedback/intake/web/submit'
import { withMetrics } from '../../../../ops/withMetrics'

export const dynamic = 'force-dynamic'

/**
 * POST /feedback/useful — 页面是否有用 from a guide page (the UsefulForm component); 303 back to
 * the page with `?useful=thanks` or `?useful=error` at #useful.
 */
export const POST = withMetrics((request: Request) => submitUsefulForm(request, () => getPayload({ config })), '/feedback/useful')
