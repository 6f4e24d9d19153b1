import React from 'react'

import { bjTime } from '../../../reporting/indicators/format'
import { docUrl, feedbackLinks } from '../../../reporting/indicators/links'
import type { Lookups } from '../../../reporting/indicators/load'
import { QUALITY_WINDOWS, type ContentQuality, type QualityWindow } from '../../../reporting/indicators/quality'
import type { DateRange } from '../../../reporting/indicators/range'
import type { Id } from '../../../reporting/indicators/records'
import { Card, Grid, N, Section, Table } from './ui'

interface Props {
  q: ContentQuality
  window: QualityWindow
  departments: Id[] | null
  lookups: Lookups
  windowHref: (days: QualityWindow) => string
}

/** 内容质量: the guides citizens complain about, rate badly or find not useful; searches without results. */
export function QualitySection({ q, window, departments, lookups, windowHref }: Props) {
  const w = q.windows.find((x) => x.days === window) ?? q.windows[0]
  const span: DateRange = { from: new Date(w.from), to: new Date(q.end) }
  const links = feedbackLinks(span, departments)
  return (
    <Section id="quality" title="内容质量" note="按截至统计区间末的最近7、30、90天统计；投诉指诉求类别为投诉的留言，差评为1–2分的好差评，“没有帮助”为页面是否有用投票中的“否”。">
      <nav aria-label="统计窗口" style={{ marginBottom: 8 }}>
        {QUALITY_WINDOWS.map((d) => (
          <a key={d} href={windowHref(d)} aria-current={d === w.days ? 'true' : undefined} style={{ marginRight: 12, fontWeight: d === w.days ? 700 : 400 }}>
            近{d}天
          </a>
        ))}
      </nav>
      <Grid min={420}>
        <Card title={`近${w.days}天问题最多的办事指南`}>
          <Table
            columns={[{ label: '办事指南' }, { label: '投诉', numeric: true }, { label: '差评', numeric: true }, { label: '没有帮助', numeric: true }, { label: '合计', numeric: true }]}
            rows={w.rows.map((r) => {
              const guide = { id: r.guideId, code: r.guideCode }
              const g = r.guideId !== null ? lookups.guides.get(String(r.guideId)) : null
              const name = g?.title ?? r.guideCode ?? r.guide
              return [
                r.guideId !== null ? <a key="g" href={docUrl('service-guides', r.guideId)}>{name}</a> : name,
                <N key="c" href={links.guideSignal(guide, 'complaints', span)}>{r.complaints.value}</N>,
                <N key="b" href={links.guideSignal(guide, 'badRatings', span)}>{r.badRatings.value}</N>,
                <N key="u" href={links.guideSignal(guide, 'notUseful', span)}>{r.notUseful.value}</N>,
                <N key="t" href={links.guideSignal(guide, 'all', span)}>{r.total}</N>,
              ]
            })}
            empty={`近${w.days}天没有针对办事指南的投诉、差评或“没有帮助”`}
          />
        </Card>
        <Card title="搜索无结果（本期出现）">
          <Table
            columns={[{ label: '搜索内容' }, { label: '累计次数', numeric: true }, { label: '最近出现' }]}
            rows={q.searchGaps.map((g) => [g.query, <N key="n" href={docUrl('search-gaps', g.id)}>{g.count}</N>, bjTime(g.lastSeenAt)])}
            empty="本期没有搜索无结果的记录"
          />
          <p style={{ fontSize: 12, margin: '6px 0 0', color: 'var(--theme-elevation-600)' }}>次数为该搜索内容累计无结果的次数；在搜索无结果记录中填写规范用语即可添加同义词。</p>
        </Card>
      </Grid>
    </Section>
  )
}
