/** App channel: versioned JSON blocks (see blocks.ts and docs/templates.md). */
import type { ChannelTemplates } from '../types'
import type { AppDocument } from './blocks'
import { appGuide } from './guide'
import { appNotice, type AppNotice } from './notice'

export { APP_BLOCKS_VERSION, type AppBlock, type AppDocument, type AppListItem, type AppSpan } from './blocks'
export type { AppNotice }
export { appGuide, appNotice }

export const app: ChannelTemplates<AppDocument, AppNotice> = { guide: appGuide, notice: appNotice }
