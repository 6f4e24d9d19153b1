import React from 'react'

import { ROLE_LABELS } from '../../../access/principal'
import type { IndicatorSet } from '../../../reporting/indicators/load'
import { QUALITY_WINDOWS, type QualityWindow } from '../../../reporting/indicators/quality'
import { bjDay, rangeDays, rangeLabel } from '../../../reporting/indicators/range'
import { FeedbackOverview, Efficiency } from './FeedbackSections'
import { Filters, type FilterValues } from './Filters'
import { PublishingSection } from './PublishingSection'
import { QualitySection } from './QualitySection'
import { muted } from './ui'

export function qualityWindow(value: string | undefined): QualityWindow {
  return (QUALITY_WINDOWS as readonly number[]).includes(Number(value)) ? (Number(value) as QualityWindow) : 30
}

const query = (params: Record<string, string | undefined>) => {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v)
  const s = q.toString()
  return s ? `?${s}` : ''
}

/**
 * 数据看板 without the admin chrome: filters and the sections the user's role may see. Kept apart
 * from the Payload view so it renders anywhere (and can be looked at outside the admin).
 */
export function DashboardBody({ set, error, values }: { set: IndicatorSet; error?: string | null; values: FilterValues }) {
  const { scope, range, lookups } = set
  const window = qualityWindow(values.window)
  const { first, last } = rangeDays(range)
  const dep = values.department || undefined
  const here = (extra: Record<string, string | undefined>) => `/admin/dashboard${query({ from: first, to: last, department: dep, window: String(window), ...extra })}`
  const who =
    scope.departments === null
      ? '全部部门'
      : scope.departments.map((d) => lookups.departments.get(String(d)) ?? String(d)).join('、') || '（未分配部门）'
  // The CSV export's `to` is exclusive (the day after the last day shown).
  const csvHref = `/api/feedback/export/csv${query({ from: first, to: bjDay(range.to), department: dep })}`
  return (
    <div className="omnihub-dashboard" lang="zh-CN">
      {/* Charts are drawn at a fixed size; let them shrink to their card. */}
      <style>{'.omnihub-dashboard .dashboard-chart svg{max-width:100%;height:auto;display:block}'}</style>
      <h1 style={{ marginBottom: 4 }}>数据看板</h1>
      <p style={{ ...muted, marginTop: 0 }}>
        {rangeLabel(range)}（北京时间）· {who} · {ROLE_LABELS[scope.role]}{scope.departmentHead ? '（部门负责人）' : ''}
        {' · '}
        <a href="#overview">诉求概览</a> · <a href="#efficiency">办理效率</a> · <a href="#publishing">发布情况</a> · <a href="#quality">内容质量</a>
      </p>
      {error ? <p role="alert" style={{ color: '#b42318' }}>{error}</p> : null}
      <Filters
        values={values}
        scope={scope}
        lookups={lookups}
        reportHref={`/api/reports/weekly${query({ department: dep })}`}
        rangeReportHref={`/api/reports/weekly${query({ from: first, to: last, department: dep })}`}
        csvHref={csvHref}
      />
      {set.feedback ? (
        <>
          <FeedbackOverview f={set.feedback} range={range} departments={scope.departments} lookups={lookups} />
          <Efficiency f={set.feedback} range={range} departments={scope.departments} lookups={lookups} />
        </>
      ) : null}
      {set.publishing ? (
        <PublishingSection p={set.publishing} range={range} deliveryFilter={set.deliveryFilter} lookups={lookups} isAdmin={scope.role === 'admin'} />
      ) : null}
      {set.quality ? (
        <QualitySection q={set.quality} window={window} departments={scope.departments} lookups={lookups} windowHref={(d) => `${here({ window: String(d) })}#quality`} />
      ) : null}
      <p style={{ ...muted, fontSize: 12, marginTop: 32 }}>
        指标口径见 docs/indicators.md。数字均链接到对应的记录列表；比率的分子、分母分别可点。
      </p>
    </div>
  )
}
