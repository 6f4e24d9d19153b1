'use client'

import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import type { PreviewResponse } from '../publishing/preview/types'

export type PreviewState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; preview: PreviewResponse }
  /** 401/403: this user may not preview (officials, supervisors, another department). */
  | { status: 'forbidden'; message: string }
  | { status: 'error'; message: string }

const PREVIEWABLE = ['service-guides', 'notices']

// The preview tab and the workflow panel ask for the same edition at once: one request serves both.
const inflight = new Map<string, Promise<PreviewState>>()

async function request(url: string): Promise<PreviewState> {
  try {
    const res = await fetch(url, { credentials: 'include', cache: 'no-store' })
    const body = await res.json().catch(() => null)
    if (res.ok) return { status: 'ready', preview: body as PreviewResponse }
    const e = body?.errors?.[0]
    const message = e?.zh || e?.message || `预览失败（HTTP ${res.status}）`
    return res.status === 401 || res.status === 403 ? { status: 'forbidden', message } : { status: 'error', message }
  } catch (err) {
    return { status: 'error', message: `网络错误 / Network error: ${(err as Error).message}` }
  }
}

function load(url: string, fresh: boolean): Promise<PreviewState> {
  if (!fresh && inflight.has(url)) return inflight.get(url)!
  const p = request(url)
  inflight.set(url, p)
  // Keep the map small: only recent editions are asked for again.
  if (inflight.size > 20) inflight.delete(inflight.keys().next().value as string)
  return p
}

/**
 * The per-channel preview of the document open in the admin, as last saved: fetched again after
 * every save (the saved edition's updatedAt changes) and on demand.
 */
export function useChannelPreview(): PreviewState & { reload: () => void } {
  const { id, collectionSlug, data, lastUpdateTime } = useDocumentInfo()
  const { config } = useConfig()
  const [state, setState] = useState<PreviewState>({ status: 'idle' })
  const [tick, setTick] = useState(0)
  const edition = String((data as { updatedAt?: string } | undefined)?.updatedAt ?? lastUpdateTime ?? '')
  const url =
    id && collectionSlug && PREVIEWABLE.includes(collectionSlug)
      ? `${config.serverURL}${config.routes.api}/${collectionSlug}/${id}/preview?edition=${encodeURIComponent(edition)}`
      : null

  useEffect(() => {
    if (!url) return
    let live = true
    setState((s) => (s.status === 'ready' ? s : { status: 'loading' as const }))
    void load(url, tick > 0).then((next) => {
      if (live) setState(next)
    })
    return () => {
      live = false
    }
  }, [url, tick])

  const reload = useCallback(() => setTick((t) => t + 1), [])
  return { ...state, reload }
}
