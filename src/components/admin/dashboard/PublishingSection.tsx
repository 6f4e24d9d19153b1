import type { Where } from 'payload'
import React from 'react'

import { barChart } from '../../../reporting/charts'
import { bjTime, channelKindLabel, duration } from '../../../reporting/indicators/format'
import { deliveryLinks, docUrl, idsUrl } from '../../../reporting/indicators/links'
import type { Lookups } from '../../../reporting/indicators/load'
import type { PublishingIndicators } from '../../../reporting/indicators/publishing'
import type { DateRange } from '../../../reporting/indicators/range'
import { Card, Chart, Grid, N, Section, Table } from './ui'

interface Props {
  p: PublishingIndicators
  range: DateRange
  deliveryFilter: Where | null
  lookups: Lookups
  /** Channel records open only to admins. */
  isAdmin: boolean
}

/** 发布情况: deliveries per channel, approval-to-live time, stale accounts and clients, review age. */
export function PublishingSection({ p, range, deliveryFilter, lookups, isAdmin }: Props) {
  const links = deliveryLinks(range, deliveryFilter)
  const chart = barChart({
    id: 'deliveries-by-channel',
    title: '各渠道投递结果',
    categories: p.byChannel.map((c) => c.name),
    series: [
      { name: '已送达', values: p.byChannel.map((c) => c.delivered.value), color: '#009E73' },
      { name: '处理中', values: p.byChannel.map((c) => c.inFlight.value), color: '#56B4E9' },
      { name: '失败待重试', values: p.byChannel.map((c) => c.retrying.value), color: '#E69F00' },
      { name: '投递失败', values: p.byChannel.map((c) => c.dead.value), color: '#D55E00' },
    ],
    mode: 'stacked',
    unit: '次',
    width: 420,
  })
  const staleAccounts = p.accounts.filter((a) => a.stale)
  return (
    <Section id="publishing" title="发布情况" note="投递按写入时间统计（已被新版本取代的不计）；公众号、终端与复核情况为当前状态。">
      <Grid min={360}>
        <Card title={p.byChannel.length ? undefined : '各渠道投递结果'}>
          {p.byChannel.length ? <Chart svg={chart} /> : null}
          <Table
            empty="本期没有投递"
            columns={[{ label: '渠道' }, { label: '投递', numeric: true }, { label: '已送达', numeric: true }, { label: '处理中', numeric: true }, { label: '失败待重试', numeric: true }, { label: '投递失败', numeric: true }]}
            rows={p.byChannel.map((c) => [
              `${c.name}（${channelKindLabel(c.kind)}）`,
              <N key="t" href={links.channel(c.channel)}>{c.total.value}</N>,
              <N key="d" href={links.channel(c.channel, 'delivered')}>{c.delivered.value}</N>,
              <N key="i" href={links.channel(c.channel, 'inFlight')}>{c.inFlight.value}</N>,
              <N key="r" href={links.channel(c.channel, 'failed')}>{c.retrying.value}</N>,
              <N key="x" href={links.channel(c.channel, 'dead')}>{c.dead.value}</N>,
            ])}
          />
        </Card>
        <Card title="审核通过到上线用时">
          <Table
            columns={[{ label: '渠道' }, { label: '篇次', numeric: true }, { label: '中位数', numeric: true }, { label: '平均', numeric: true }, { label: '最长', numeric: true }]}
            rows={p.approvalToLive.map((a) => [
              a.name,
              <N key="n" href={idsUrl('deliveries', a.count.ids)}>{a.count.value}</N>,
              duration(a.medianHours),
              duration(a.meanHours),
              duration(a.maxHours),
            ])}
            empty="本期没有经审核后上线的投递"
          />
          <p style={{ fontSize: 12, margin: '6px 0 0', color: 'var(--theme-elevation-600)' }}>从最后一级审核通过到渠道送达；批量导入的内容没有审核环节，不计入。</p>
        </Card>
      </Grid>
      <div style={{ marginTop: 16 }}>
        <Grid min={360}>
          <Card title={`超过14天未更新的公众号（${staleAccounts.length}）`}>
            <Table
              columns={[{ label: '公众号' }, { label: '最近发布' }, { label: '未更新天数', numeric: true }]}
              rows={staleAccounts.map((a) => [
                `${a.name}${a.enabled ? '' : '（未启用）'}`,
                bjTime(a.lastPublishedAt),
                <N key="d" href={links.publishedTo(a.channel)}>{a.days === null ? '从未发布' : Math.floor(a.days)}</N>,
              ])}
              empty="所有公众号近14天内均有更新"
            />
            <p style={{ fontSize: 12, margin: '6px 0 0', color: 'var(--theme-elevation-600)' }}>国办秘函〔2019〕19号：政务新媒体两周无更新，检查即判为不合格。</p>
          </Card>
          <Card title={`长时间未同步的终端与APP（${p.staleClients.length}）`}>
            <Table
              columns={[{ label: '名称' }, { label: '类型' }, { label: '最近心跳' }]}
              rows={p.staleClients.map((c) => [
                <N key="c" href={isAdmin ? docUrl('channels', c.channel) : null}>{`${c.name}${c.location ? `（${c.location}）` : ''}`}</N>,
                channelKindLabel(c.kind),
                c.lastSeenAt ? `${bjTime(c.lastSeenAt)}（${duration(c.hours)}前）` : '从未同步',
              ])}
              empty="所有终端与APP均在48小时内同步过"
            />
          </Card>
          <Card title="超过6个月未复核的在线办事指南">
            <p style={{ fontSize: 28, fontWeight: 700, margin: 0 }}>
              <N href={idsUrl('service-guides', p.unreviewed.count.ids)}>{p.unreviewed.count.value}</N>
            </p>
            <Table
              columns={[{ label: '办事指南' }, { label: '部门' }, { label: '最近复核' }]}
              rows={p.unreviewed.rows.slice(0, 10).map((g) => [
                <a key="g" href={docUrl('service-guides', g.id)}>{g.title}</a>,
                g.department === null ? '—' : (lookups.departments.get(String(g.department)) ?? String(g.department)),
                bjTime(g.lastReviewedAt).slice(0, 10),
              ])}
              empty="所有在线办事指南近6个月内均经过复核"
            />
          </Card>
        </Grid>
      </div>
    </Section>
  )
}
