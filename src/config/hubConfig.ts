import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import fs from 'node:fs'
import path from 'node:path'
import type { Config } from 'payload'
import sharp from 'sharp'

import { ChannelFeed } from '../../collections/ChannelFeed'
import { Channels } from '../../collections/Channels'
import { CronRuns } from '../../collections/CronRuns'
import { Deliveries } from '../../collections/Deliveries'
import { Departments } from '../../collections/Departments'
import { Feedback } from '../../collections/Feedback'
import { Media } from '../../collections/Media'
import { Notices } from '../../collections/Notices'
import { Responses } from '../../collections/Responses'
import { SearchGaps } from '../../collections/SearchGaps'
import { SearchSynonyms } from '../../collections/SearchSynonyms'
import { SensitiveTerms } from '../../collections/SensitiveTerms'
import { Sequences } from '../../collections/Sequences'
import { Topics } from '../../collections/Topics'
import { TriageCorrections } from '../../collections/TriageCorrections'
import { ServiceGuides } from '../../collections/ServiceGuides'
import { Users } from '../../collections/Users'
import { answerGraphQL } from '../feedback/answer/graphql'
import { feedbackGraphQL } from '../feedback/intake/graphql'
import { feedGraphQL } from '../publishing/feed/graphql'
import { searchGraphQLQueries } from '../search/graphql'
import { FeedbackSettings } from '../feedback/settings/FeedbackSettings'
import { HubSettings } from '../settings/HubSettings'
import { databaseAdapter } from './database'
import { emailAdapter } from './email'

export interface HubConfigOptions {
  databaseUri?: string
  smtpUrl?: string
  secret?: string
  serverURL?: string
}

/**
 * The whole hub as a Payload config, built from options so tests can give each suite its own
 * database and mail transport while payload.config.ts reads the environment.
 */
export function hubConfig(opts: HubConfigOptions = {}): Config {
  const secret = opts.secret ?? process.env.PAYLOAD_SECRET ?? savedSecret() ?? devSecret()
  return {
    secret,
    serverURL: opts.serverURL ?? process.env.SERVER_URL ?? '',
    admin: {
      user: Users.slug,
      // Gravatar is unreachable from government intranets: no broken avatar images.
      avatar: 'default',
      meta: { titleSuffix: ' · 政务融媒体中枢 OmniHub' },
      importMap: { baseDir: path.resolve(process.cwd()) },
      components: {
        beforeNavLinks: ['/src/components/admin/NavLinks#NavLinks'],
        views: {
          queue: { Component: '/src/components/admin/MyQueueView#MyQueueView', path: '/queue', meta: { title: '我的待办' } },
          // Not `dashboard`: that key replaces the admin home.
          indicators: { Component: '/src/components/admin/DashboardView#DashboardView', path: '/dashboard', meta: { title: '数据看板' } },
        },
      },
    },
    collections: [ServiceGuides, Notices, Media, Departments, Users, Channels, SensitiveTerms, CronRuns, SearchSynonyms, SearchGaps, Deliveries, ChannelFeed, Sequences, Feedback, Responses, Topics, TriageCorrections],
    globals: [HubSettings, FeedbackSettings],
    editor: lexicalEditor(),
    db: databaseAdapter(opts.databaseUri),
    email: emailAdapter({ smtpUrl: opts.smtpUrl }),
    i18n: { supportedLanguages: { zh, en }, fallbackLanguage: 'zh' },
    graphQL: {
      disablePlaygroundInProduction: true,
      queries: (GraphQL, info) => ({ ...searchGraphQLQueries(GraphQL, info), ...feedGraphQL(GraphQL).queries, ...answerGraphQL(GraphQL).queries }),
      mutations: (GraphQL) => ({ ...feedGraphQL(GraphQL).mutations, ...answerGraphQL(GraphQL).mutations, ...feedbackGraphQL(GraphQL).mutations }),
    },
    typescript: { outputFile: path.resolve(process.cwd(), 'src/payload-types.ts'), autoGenerate: false },
    telemetry: false,
    sharp,
    // Above the media collection's own 10 MB limit, so its bilingual 400 answers, not Payload's 413.
    upload: { limits: { fileSize: 12 * 1024 * 1024 } },
  }
}

/** The secret `npm start` generated, so the CLI reads API keys the server wrote. */
function savedSecret(): string | undefined {
  const file = path.resolve(process.cwd(), 'data/.secret')
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() || undefined : undefined
}

/** Outside production a fixed development secret keeps a fresh clone working with no setup. */
function devSecret(): string {
  if (process.env.NODE_ENV === 'production' && process.env.OMNIHUB_ALLOW_DEV_SECRET !== '1') {
    throw new Error('生产环境必须设置 PAYLOAD_SECRET / PAYLOAD_SECRET must be set in production')
  }
  return 'omnihub-development-secret-change-me'
}
