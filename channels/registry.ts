import { appAdapter } from './app'
import type { ChannelKind } from './kinds'
import { kioskAdapter } from './kiosk'
import type { ChannelAdapter } from './types'
import { wechatAdapter } from './wechat'
import { websiteAdapter } from './website'

/** The one place that maps a channel kind to its adapter. */
const adapters: Record<ChannelKind, ChannelAdapter> = {
  website: websiteAdapter,
  app: appAdapter,
  wechat: wechatAdapter,
  kiosk: kioskAdapter,
}

export function adapterFor(kind: ChannelKind): ChannelAdapter {
  const adapter = adapters[kind]
  if (!adapter) throw new Error(`没有该渠道类型的适配器 / no adapter for channel kind ${kind}`)
  return adapter
}
