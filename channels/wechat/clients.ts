import type { ChannelRecord } from '../types'
import { WeChatClient } from './client'

const clients = new Map<string, WeChatClient>()

/**
 * One client (and so one cached access token) per account and process, shared by delivery and
 * answers; null when the account lacks its AppID or AppSecret. Changed credentials make a new key.
 */
export function sharedWeChatClient(channel: Pick<ChannelRecord, 'id' | 'wechat'>): WeChatClient | null {
  const { appId, appSecret, apiBase } = channel.wechat ?? {}
  if (!appId || !appSecret) return null
  const key = `${channel.id}|${appId}|${appSecret}|${apiBase ?? ''}`
  let client = clients.get(key)
  if (!client) {
    client = new WeChatClient({ appId, appSecret, apiBase: apiBase || undefined })
    clients.set(key, client)
  }
  return client
}
