import type { Payload } from 'payload'

import type { WeChatClient } from '../../../channels/wechat/client'
import { sharedWeChatClient } from '../../../channels/wechat/clients'
import type { ChannelRecord } from '../../../channels/types'
import { relationId } from '../../access/principal'
import { AnswerError } from './errors'
import type { CaseDoc } from './types'

/** One client (so one cached access_token) per account and process, as the publishing adapter keeps. */

async function wechatChannel(payload: Payload, c: Pick<CaseDoc, 'sourceChannel'>): Promise<ChannelRecord | null> {
  const id = relationId(c.sourceChannel)
  if (id !== null) {
    const own = await payload.findByID({ collection: 'channels', id, depth: 0, overrideAccess: true, showHiddenFields: true, disableErrors: true })
    if ((own as ChannelRecord | null)?.kind === 'wechat') return own as unknown as ChannelRecord
  }
  // Intake without a channel record (one account per hub is the usual case): the first enabled account.
  const { docs } = await payload.find({
    collection: 'channels',
    where: { and: [{ kind: { equals: 'wechat' } }, { enabled: { equals: true } }] },
    sort: 'createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  })
  return (docs[0] as unknown as ChannelRecord) ?? null
}

/** The official-account client that answers this case, or a clear refusal when none is configured. */
export async function wechatClientFor(payload: Payload, c: Pick<CaseDoc, 'sourceChannel'>): Promise<WeChatClient> {
  const channel = await wechatChannel(payload, c)
  const client = channel ? sharedWeChatClient(channel) : null
  if (!client) throw new AnswerError(409, '未配置公众号 AppID/AppSecret，无法发送微信答复', 'No WeChat account configured', 'route')
  return client
}
