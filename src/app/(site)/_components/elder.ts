import type { CSSProperties } from 'react'

import { ELDER_VARS } from '../../../../templates/website/styles'

/** `?elder=1` switches a page to 长辈版 (适老化): large type, high contrast. */
export type ElderParams = Promise<{ elder?: string | string[] }>

export const isElder = async (searchParams: ElderParams): Promise<boolean> => (await searchParams).elder === '1'

/** A site-internal link that keeps 长辈版 on, so an older visitor is not dropped back to small type. */
export function siteHref(path: string, elder: boolean): string {
  if (!elder) return path
  return `${path}${path.includes('?') ? '&' : '?'}elder=1`
}

/**
 * The template's elder variables (one source for the delivered fragments and the site) as a React
 * style: custom properties as they are, plain properties camel-cased.
 */
export const ELDER_STYLE: CSSProperties = Object.fromEntries(
  Object.entries(ELDER_VARS).map(([k, v]) => [k.startsWith('--') ? k : k.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()), v]),
) as CSSProperties

/** Route params arrive percent-encoded in some Next versions and decoded in others. */
export function decodeParam(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
