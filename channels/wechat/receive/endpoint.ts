import type { Payload } from 'payload'

import { adapterFor } from '../../registry'
import type { ChannelRecord } from '../../types'
import { CallbackError, errorResponse } from './respond'

/**
 * `/api/wechat/callback/<channel>`: <channel> is the id of the `channels` record (shown in the
 * admin's address bar). An id, not the AppID, because the id is unique by construction and says
 * nothing about the account to whoever sees the URL. The record is read with its secrets
 * (token, EncodingAESKey) and the request handed to its adapter's `receive`.
 */
export async function handleChannelCallback(payload: Payload, channelParam: string, request: Request): Promise<Response> {
  const notFound = new CallbackError(404, '回调地址中的渠道不存在、已停用或不是公众号', 'no enabled WeChat channel with this id', 'channel')
  const idPattern = payload.db.defaultIDType === 'number' ? /^\d{1,15}$/ : /^[\w-]{1,64}$/
  if (!idPattern.test(channelParam)) return errorResponse(notFound)
  let channel: ChannelRecord | null
  try {
    channel = (await payload.findByID({
      collection: 'channels',
      id: channelParam,
      depth: 0,
      overrideAccess: true,
      showHiddenFields: true,
      disableErrors: true,
    })) as unknown as ChannelRecord | null
  } catch (err) {
    // Database unreachable: 5xx, so WeChat tries again.
    payload.logger.error({ err }, '读取公众号渠道失败 / could not read the WeChat channel')
    return errorResponse(new CallbackError(500, '暂时无法处理，请稍后重试', 'temporarily unavailable; try again later'))
  }
  const receive = channel?.enabled && channel.kind === 'wechat' ? adapterFor(channel.kind).receive : undefined
  if (!channel || !receive) return errorResponse(notFound)
  return receive(request, { payload, channel })
}
