import React from 'react'

import type { Lookups } from '../../../reporting/indicators/load'
import type { DashboardScope } from '../../../reporting/indicators/scope'
import { muted } from './ui'

export interface FilterValues {
  from: string
  to: string
  department: string
  window: string
}

interface Props {
  values: FilterValues
  scope: DashboardScope
  lookups: Lookups
  /** GET /api/reports/weekly for last week and for the chosen range. */
  reportHref: string
  rangeReportHref: string
  csvHref: string
}

const field: React.CSSProperties = { display: 'flex', flexDirection: 'column', gap: 4, fontSize: 13 }
const input: React.CSSProperties = { padding: '6px 8px', fontSize: 14, border: '1px solid var(--theme-elevation-250, #d0d5dd)', borderRadius: 4, background: 'var(--theme-input-bg, #fff)', color: 'inherit' }

/** Department and date filters as a plain GET form: the page is rendered on the server. */
export function Filters({ values, scope, lookups, reportHref, rangeReportHref, csvHref }: Props) {
  const options = scope.choices === null
    ? [...lookups.departments.entries()].sort((a, b) => a[1].localeCompare(b[1], 'zh-CN'))
    : scope.choices.map((id) => [String(id), lookups.departments.get(String(id)) ?? String(id)] as [string, string])
  const all = scope.choices === null ? '全部部门' : '本人所属全部部门'
  return (
    <form method="get" action="/admin/dashboard" aria-label="筛选" style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-end', margin: '12px 0' }}>
      {options.length > 1 || scope.choices === null ? (
        <label style={field}>
          承办部门
          <select name="department" defaultValue={values.department} style={input}>
            <option value="">{all}</option>
            {options.map(([id, name]) => (
              <option key={id} value={id}>{name}</option>
            ))}
          </select>
        </label>
      ) : (
        <span style={{ ...field, ...muted }}>
          承办部门
          <strong style={{ color: 'inherit' }}>{options[0]?.[1] ?? '未分配部门'}</strong>
        </span>
      )}
      <label style={field}>
        开始日期
        <input type="date" name="from" defaultValue={values.from} style={input} required />
      </label>
      <label style={field}>
        结束日期
        <input type="date" name="to" defaultValue={values.to} style={input} required />
      </label>
      <input type="hidden" name="window" value={values.window} />
      <button type="submit" className="btn btn--style-primary btn--size-small" style={{ margin: 0 }}>查询</button>
      <span style={{ display: 'flex', gap: 12, fontSize: 13, paddingBottom: 6 }}>
        <a href={reportHref}>下载周报</a>
        <a href={rangeReportHref}>下载本区间报告</a>
        <a href={csvHref}>导出诉求 CSV</a>
      </span>
    </form>
  )
}
