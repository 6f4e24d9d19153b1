import React from 'react'

import { barChart, dayLabel, lineChart, SENTIMENT_COLORS } from '../../../reporting/charts'
import { RESPONSE_BUCKETS, SENTIMENTS, type FeedbackIndicators } from '../../../reporting/indicators/feedback'
import { categoryLabel, channelLabel, pct, sentimentLabel } from '../../../reporting/indicators/format'
import { feedbackLinks, idsUrl } from '../../../reporting/indicators/links'
import type { Lookups } from '../../../reporting/indicators/load'
import type { DateRange } from '../../../reporting/indicators/range'
import type { Id } from '../../../reporting/indicators/records'
import { BigRate, Card, Chart, Grid, N, Section, Table } from './ui'

interface Props {
  f: FeedbackIndicators
  range: DateRange
  departments: Id[] | null
  lookups: Lookups
}

const depName = (lookups: Lookups, id: Id | null) => (id === null ? '待分拨' : (lookups.departments.get(String(id)) ?? `部门 ${id}`))

/** 诉求概览: volume by channel, category and department, the tone over time, the hot topics. */
export function FeedbackOverview({ f, range, departments, lookups }: Props) {
  const links = feedbackLinks(range, departments)
  const breakdown = (title: string, header: string, rows: FeedbackIndicators['byChannel'], field: string, label: (k: string) => string, id: string) => (
    <Card>
      <Chart svg={barChart({ id, title, categories: rows.map((r) => label(r.key)), series: [{ name: '诉求件数', values: rows.map((r) => r.count.value) }], unit: '件', width: 420 })} />
      <Table columns={[{ label: header }, { label: '件数', numeric: true }]} rows={rows.map((r) => [label(r.key), <N key="n" href={links.casesBy(field, r.key)}>{r.count.value}</N>])} />
    </Card>
  )
  const trend = lineChart({
    id: 'sentiment-trend',
    title: '每日诉求量与情感倾向',
    labels: f.sentimentTrend.days,
    series: SENTIMENTS.filter((s) => s !== 'unknown' || f.sentimentTrend.series.unknown.some((v) => v > 0)).map((s) => ({
      name: sentimentLabel(s),
      values: f.sentimentTrend.series[s],
      color: s === 'unknown' ? '#56B4E9' : SENTIMENT_COLORS[s],
    })),
    unit: '件',
    width: 1100,
  })
  return (
    <Section id="overview" title="诉求概览" note={<>本期诉求 <N href={links.cases}>{f.cases.value}</N> 件（收到信息 <N href={links.received}>{f.received.value}</N> 条，含自动归档的好评与页面投票）。</>}>
      <Grid min={360}>
        {breakdown('按渠道诉求量', '渠道', f.byChannel, 'channel', channelLabel, 'by-channel')}
        {breakdown('按类别诉求量', '类别', f.byCategory, 'triage.category', categoryLabel, 'by-category')}
        {breakdown('按承办部门诉求量', '承办部门', f.byDepartment as FeedbackIndicators['byChannel'], 'department', (k) => depName(lookups, (k as unknown as Id | null)), 'by-department')}
      </Grid>
      <div style={{ marginTop: 16 }}>
        <Card>
          <Chart svg={trend} />
          <details>
            <summary>按日数据</summary>
            <Table
              columns={[{ label: '日期' }, ...SENTIMENTS.map((s) => ({ label: sentimentLabel(s), numeric: true }))]}
              rows={f.sentimentTrend.days.map((d, i) => [dayLabel(d), ...SENTIMENTS.map((s) => f.sentimentTrend.series[s][i])])}
            />
          </details>
        </Card>
      </div>
      <div style={{ marginTop: 16 }}>
        <Card title="热点话题">
          <Table
            columns={[{ label: '话题' }, { label: '本期诉求', numeric: true }]}
            rows={f.topTopics.map((t) => [
              <a key="t" href={`/admin/collections/topics/${t.key}`}>{lookups.topics.get(String(t.key)) ?? `话题 ${t.key}`}</a>,
              <N key="n" href={links.casesBy('topic', t.key)}>{t.count.value}</N>,
            ])}
          />
        </Card>
      </div>
    </Section>
  )
}

/** 办理效率: first-response time, on-time closure, satisfaction, return visits and rectification. */
export function Efficiency({ f, range, departments }: Props) {
  const links = feedbackLinks(range, departments)
  const fr = f.firstResponse
  const chart = barChart({
    id: 'first-response',
    title: '首次响应时长分布',
    categories: [...RESPONSE_BUCKETS.map((b) => b.label), '尚未响应'],
    series: [{ name: '诉求件数', values: [...fr.buckets.map((b) => b.count.value), fr.noResponse.value] }],
    unit: '件',
    width: 420,
    orientation: 'vertical',
  })
  const r = f.satisfaction
  return (
    <Section id="efficiency" title="办理效率" note="比率下方为分子/分母，点击数字可查看对应的诉求记录。">
      <Grid min={220}>
        <BigRate
          label="按时办结率"
          value={pct(f.onTime.rate)}
          numerator={{ label: '按时办结', value: f.onTime.numerator.value, href: idsUrl('feedback', f.onTime.numerator.ids, links.closedWithDue) }}
          denominator={{ label: '有期限的办结', value: f.onTime.denominator.value, href: links.closedWithDue }}
          definition="本期办结且设有办结期限的诉求中，办结时间不晚于期限的比例。"
        />
        <BigRate
          label="满意率"
          value={pct(r.rate)}
          numerator={{ label: '基本满意及以上', value: r.numerator.value, href: links.satisfied }}
          denominator={{ label: '评价', value: r.denominator.value, href: links.ratings }}
          definition="本期好差评与回访评价中，「基本满意」（3分）及以上的比例。"
        />
        <BigRate
          label="非常满意与满意占比"
          value={pct(f.goodShare.rate)}
          numerator={{ label: '满意及以上', value: f.goodShare.numerator.value, href: links.good }}
          denominator={{ label: '评价', value: f.goodShare.denominator.value, href: links.ratings }}
          definition="评价为「满意」（4分）或「非常满意」（5分）的比例。"
        />
        <BigRate
          label="差评回访率"
          value={pct(f.returnVisit.rate)}
          numerator={{ label: '已回访', value: f.returnVisit.numerator.value, href: links.badRatingsVisited }}
          denominator={{ label: '差评', value: f.returnVisit.denominator.value, href: links.badRatings }}
          definition="本期收到的差评（1–2分）中已完成回访的比例。"
        />
        <BigRate
          label="整改率"
          value={pct(f.rectification.rate)}
          numerator={{ label: '已整改', value: f.rectification.numerator.value, href: links.rectified }}
          denominator={{ label: '应整改', value: f.rectification.denominator.value, href: links.rectificationDue }}
          definition="整改期限落在本期的诉求中，已完成整改的比例。"
        />
      </Grid>
      <div style={{ marginTop: 16 }}>
        <Grid min={360}>
          <Card>
            <Chart svg={chart} />
            <Table
              columns={[{ label: '首次响应' }, { label: '件数', numeric: true }]}
              rows={[
                ...RESPONSE_BUCKETS.map((b, i) => [b.label, <N key="n" href={idsUrl('feedback', fr.buckets[i].count.ids)}>{fr.buckets[i].count.value}</N>]),
                ['尚未响应', <N key="n" href={idsUrl('feedback', fr.noResponse.ids)}>{fr.noResponse.value}</N>],
                ['合计（本期诉求）', <N key="n" href={links.cases}>{fr.total.value}</N>],
              ]}
            />
          </Card>
          <Card title="评价分布">
            <Table
              columns={[{ label: '评价' }, { label: '次数', numeric: true }]}
              rows={([5, 4, 3, 2, 1] as const).map((level) => [
                ['', '非常不满意', '不满意', '基本满意', '满意', '非常满意'][level],
                <N key="n" href={links.ratingLevel(level)}>{r.ratings[level]}</N>,
              ])}
            />
            <p style={{ fontSize: 12, margin: '6px 0 0' }}>
              其中好差评 <N href={idsUrl('feedback', r.fromRatings.ids)}>{r.fromRatings.value}</N> 次，回访评价 <N href={idsUrl('feedback', r.fromVisits.ids)}>{r.fromVisits.value}</N> 次。
            </p>
          </Card>
        </Grid>
      </div>
    </Section>
  )
}
