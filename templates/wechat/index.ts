/** WeChat official-account channel: draft articles within the platform's limits. */
import type { ChannelTemplates } from '../types'
import type { WechatArticle } from './article'
import { wechatGuide } from './guide'
import { wechatNotice } from './notice'

export { WECHAT_LIMITS, type WechatArticle } from './article'
export { toDraftArticle, type DraftArticle } from './draft'
export type { WechatImage } from './style'
export { wechatGuide, wechatNotice }

export const wechat: ChannelTemplates<WechatArticle, WechatArticle> = { guide: wechatGuide, notice: wechatNotice }
