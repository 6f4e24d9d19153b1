import type { Payload } from 'payload'

import { acceptFeedback } from '../../../src/feedback/intake/accept'
import { IntakeError } from '../../../src/feedback/intake/errors'
import type { ChannelRecord } from '../../types'
import { handleEvent } from './events'
import { intakeItemOf } from './intake'
import { accountOf, openMessage, type OpenedMessage } from './open'
import { checkSignedQuery, readBody } from './request'
import { CallbackError, errorResponse, textReply } from './respond'
import { acknowledged, refused, UNSUPPORTED } from './texts'

export interface ReceiveContext {
  payload: Payload
  channel: ChannelRecord
  /** Milliseconds since the epoch (the timestamp window). Default Date.now. */
  now?: () => number
}

/**
 * The official account's callback URL (服务器配置): GET is the URL check, POST carries followers'
 * messages and events. Every request must carry WeChat's signature with a timestamp within five
 * minutes; safe mode also msg_signature over the encrypted body. A message is stored first
 * (deduplicated by MsgId) and only then acknowledged with its case number; when storing fails the
 * answer is 500, so WeChat tries again and nothing unstored is ever acknowledged.
 */
export async function receiveCallback(request: Request, ctx: ReceiveContext): Promise<Response> {
  const now = ctx.now?.() ?? Date.now()
  try {
    if (request.method !== 'GET' && request.method !== 'POST') {
      throw new CallbackError(405, '只接受 GET 与 POST', 'only GET and POST are accepted', 'method')
    }
    const account = accountOf(ctx.channel)
    const url = new URL(request.url)
    const query = checkSignedQuery(url.searchParams, account.token, now)
    if (request.method === 'GET') return echo(url.searchParams.get('echostr'))
    const opened = openMessage(await readBody(request), query, account)
    return await handleMessage(opened, { ...ctx, now: new Date(now) })
  } catch (err) {
    if (err instanceof CallbackError) {
      ctx.payload.logger.warn({ channel: ctx.channel.id, status: err.status, field: err.field }, `公众号回调被拒绝 / WeChat callback refused: ${err.message}`)
      return errorResponse(err)
    }
    ctx.payload.logger.error({ err, channel: ctx.channel.id }, '公众号消息未能保存，等待微信重试 / WeChat message not stored, WeChat will retry')
    return errorResponse(new CallbackError(500, '消息未能保存，请稍后重试', 'the message could not be stored; try again later'))
  }
}

/** The URL check: the signature was valid, so echostr goes back as it came. */
function echo(echostr: string | null): Response {
  if (!echostr || echostr.length > 512) throw new CallbackError(400, '缺少 echostr', 'echostr is missing', 'echostr')
  return new Response(echostr, { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' } })
}

async function handleMessage(opened: OpenedMessage, ctx: { payload: Payload; channel: ChannelRecord; now: Date }): Promise<Response> {
  const f = opened.fields
  if (!f.MsgType || !f.FromUserName || !f.ToUserName) {
    throw new CallbackError(400, '消息缺少 MsgType、FromUserName 或 ToUserName', 'the message lacks MsgType, FromUserName or ToUserName', 'body')
  }
  if (f.MsgType === 'event') return handleEvent(opened, ctx)
  const item = intakeItemOf(f, ctx.channel.id)
  if (!item) return textReply(f, UNSUPPORTED, opened.sealer)
  try {
    const accepted = await acceptFeedback(ctx.payload, item)
    return textReply(f, acknowledged(accepted.caseNo), opened.sealer)
  } catch (err) {
    // Refused by intake rules (too long, empty): retrying cannot help, so tell the follower why.
    if (err instanceof IntakeError) return textReply(f, refused(err.zh), opened.sealer)
    throw err
  }
}
