import config from '@payload-config'
import { getPayload } from 'payload'

import { handleChannelCallback } from '../../../../../../../channels/wechat/receive/endpoint'
import { withMetrics } from '../../../../../../ops/withMetrics'

export const dynamic = 'force-dynamic'

type Params = { params: Promise<{ channel: string }> }

/**
 * GET|POST /api/wechat/callback/<channels record id> — the URL to enter as 服务器地址(URL) in the
 * official account's console (设置与开发 › 基本配置 › 服务器配置). See docs/wechat.md.
 */
async function callback(request: Request, { params }: Params): Promise<Response> {
  const { channel } = await params
  return handleChannelCallback(await getPayload({ config }), channel, request)
}

export const GET = withMetrics(callback, '/api/wechat/callback/:channel')
export const POST = withMetrics(callback, '/api/wechat/callback/:channel')
