/** Website channel: semantic, accessible HTML fragments (WCAG 2.1 AA), 适老化 via ctx.elder. */
import type { ChannelTemplates } from '../types'
import { websiteGuide, type WebsitePage } from './guide'
import { websiteNotice, type WebsiteNoticePage } from './notice'

export type { WebsitePage, WebsiteNoticePage }
export { listingOf, type WebsiteListing } from './listing'
export { WEBSITE_CSS, ELDER_VARS } from './styles'
export { websiteGuide, websiteNotice }

export const website: ChannelTemplates<WebsitePage, WebsiteNoticePage> = { guide: websiteGuide, notice: websiteNotice }
