import type { Payload } from 'payload'

import type { ChannelKind } from './kinds'

/** The collections whose documents are delivered, and their short names in renderings. */
export type DocCollection = 'service-guides' | 'notices'
export type DocType = 'guide' | 'notice'
export const DOC_TYPE: Record<DocCollection, DocType> = { 'service-guides': 'guide', notices: 'notice' }

/** A channel client as the hub itself reads it (secrets included; never sent to any client). */
export interface ChannelRecord {
  id: number | string
  name: string
  kind: ChannelKind
  enabled: boolean
  wechat?: {
    appId?: string
    accountId?: string
    appSecret?: string
    token?: string
    encodingAESKey?: string
    /** The EncodingAESKey before the last change (key rotation). */
    encodingAESKeyPrevious?: string | null
    apiBase?: string
  }
  webhook?: { url?: string; secret?: string }
}

export interface DeliveryRecord {
  id: number | string
  docCollection: DocCollection
  docId: string
  key: string
  version: string
  action: 'publish' | 'withdraw'
  attempts: number
  externalId?: string | null
  /** What an adapter did so far, saved between steps so a resumed delivery never repeats one. */
  progress?: Record<string, unknown> | null
}

/** One document rendered for one channel by templates/. */
export interface RenderedItem {
  channel: ChannelKind
  docType: DocType
  key: string
  title: string
  body: unknown
}

export interface DeliveryContext {
  payload: Payload
  channel: ChannelRecord
  delivery: DeliveryRecord
  now: Date
  /** Persists the adapter's progress before its next external call. */
  saveProgress: (progress: Record<string, unknown>) => Promise<void>
}

export type DeliveryOutcome =
  | { status: 'delivered'; externalId?: string | null; detail?: string }
  /** Accepted but not finished (WeChat publishes asynchronously): poll again after checkAfterMs. */
  | { status: 'pending'; externalId?: string | null; checkAfterMs: number; detail?: string }

/** A failed attempt: retryable errors back off and retry, others go straight to dead with an alert. */
export class DeliveryError extends Error {
  readonly retryable: boolean
  readonly code?: string | number
  /** Minimum wait before the next try (rate limits). */
  readonly retryAfterMs?: number
  constructor(message: string, opts: { retryable: boolean; code?: string | number; retryAfterMs?: number }) {
    super(message)
    this.name = 'DeliveryError'
    this.retryable = opts.retryable
    this.code = opts.code
    this.retryAfterMs = opts.retryAfterMs
  }
}

/**
 * One adapter per channel kind. deliver/withdraw push (or stage for pull); poll follows up a
 * pending outcome; receive handles what the channel sends to the hub (callbacks, messages).
 */
export interface ChannelAdapter {
  kind: ChannelKind
  deliver: (ctx: DeliveryContext, item: RenderedItem) => Promise<DeliveryOutcome>
  withdraw: (ctx: DeliveryContext) => Promise<DeliveryOutcome>
  poll?: (ctx: DeliveryContext) => Promise<DeliveryOutcome>
  receive?: (request: Request, ctx: { payload: Payload; channel: ChannelRecord }) => Promise<Response>
}
