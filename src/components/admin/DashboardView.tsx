import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { loadIndicators } from '../../reporting/indicators/load'
import { parseRange, rangeDays, RangeError400, type DateRange } from '../../reporting/indicators/range'
import { dashboardScope } from '../../reporting/indicators/scope'
import { DashboardBody, qualityWindow } from './dashboard/DashboardBody'

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? ''

/**
 * 数据看板 (admin route /admin/dashboard): service indicators for a date range and department,
 * each number a link to its records. Read with the user's own access; scope rules in
 * src/reporting/indicators/scope.ts, definitions in docs/indicators.md.
 */
export async function DashboardView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, visibleEntities, permissions, locale } = initPageResult
  if (!req.user) redirect('/admin/login')
  const sp = (searchParams ?? {}) as Record<string, string | string[] | undefined>
  const now = new Date()
  const scope = dashboardScope(req.user, one(sp.department) || null)
  let error: string | null = null
  let range: DateRange
  try {
    range = parseRange({ from: one(sp.from) || null, to: one(sp.to) || null }, now)
  } catch (err) {
    if (!(err instanceof RangeError400)) throw err
    error = err.message.split(' / ')[0]
    range = parseRange({}, now)
  }
  const set = scope ? await loadIndicators({ payload: req.payload, req }, scope, range, now) : null
  return (
    <DefaultTemplate i18n={req.i18n} locale={locale} params={params} payload={req.payload} permissions={permissions} searchParams={searchParams} user={req.user} visibleEntities={visibleEntities}>
      <Gutter>
        {set ? (
          <DashboardBody
            set={set}
            error={error}
            values={{ from: rangeDays(range).first, to: rangeDays(range).last, department: set.scope.selected !== null ? String(set.scope.selected) : '', window: String(qualityWindow(one(sp.window))) }}
          />
        ) : (
          <p>数据看板仅对工作人员开放。</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
