import { RESPONSE_BUCKETS } from '../indicators/feedback'
import { bjTime, categoryLabel, channelKindLabel, channelLabel, duration, pct } from '../indicators/format'
import type { IndicatorSet } from '../indicators/load'
import { rangeDays, rangeLabel, type DateRange } from '../indicators/range'
import type { Rate } from '../indicators/records'

/**
 * The weekly report as one HTML document with inline styles only (mail clients drop <style> and
 * scripts), in Chinese. The same markup is mailed (chart as cid:) and downloaded (chart inline).
 */
export interface ReportHtmlOptions {
  /** `cid:…` in the mail, a data: URL in the download. */
  chartSrc: string
  /** Absolute base for links (SERVER_URL); relative links when empty. */
  baseUrl?: string
  title?: string
}

const esc = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

const TD = 'padding:6px 10px;border:1px solid #d0d5dd;text-align:left;vertical-align:top'
const TH = `${TD};background:#f2f4f7;font-weight:600`

function table(caption: string, headers: string[], rows: Array<Array<string | number>>, empty = '本期无数据'): string {
  if (!rows.length) return `<h3 style="font-size:15px;margin:20px 0 6px">${esc(caption)}</h3><p style="color:#475467">${esc(empty)}</p>`
  return [
    `<h3 style="font-size:15px;margin:20px 0 6px">${esc(caption)}</h3>`,
    '<table style="border-collapse:collapse;font-size:13px;min-width:360px">',
    `<tr>${headers.map((h) => `<th style="${TH}">${esc(h)}</th>`).join('')}</tr>`,
    ...rows.map((r) => `<tr>${r.map((c) => `<td style="${TD}">${esc(c)}</td>`).join('')}</tr>`),
    '</table>',
  ].join('\n')
}

const ratio = (r: Rate) => `${pct(r.rate)}（${r.numerator.value}/${r.denominator.value}）`

export function renderReportHtml(set: IndicatorSet, o: ReportHtmlOptions): string {
  const base = o.baseUrl ?? ''
  const period = rangeLabel(set.range)
  const title = o.title ?? `政务融媒体中枢运行周报（${period}）`
  const dep = (id: unknown) => (id === null || id === undefined ? '待分拨' : (set.lookups.departments.get(String(id)) ?? `部门 ${id}`))
  const parts: string[] = []
  parts.push(`<h1 style="font-size:20px;margin:0 0 4px">${esc(title)}</h1>`)
  parts.push(`<p style="color:#475467;margin:0 0 16px">统计区间：${esc(period)}（北京时间）；生成时间：${esc(bjTime(set.now))}</p>`)

  const f = set.feedback
  if (f) {
    parts.push('<h2 style="font-size:17px;margin:24px 0 8px">一、诉求办理</h2>')
    parts.push(
      table('核心指标', ['指标', '数值', '口径'], [
        ['诉求件数', `${f.cases.value}件`, '本期受理、需办理的诉求（不含无效信息、已合并、自动归档的好评与页面投票）'],
        ['收到信息', `${f.received.value}条`, '本期收到的全部诉求、评价与投票（不含无效信息、已合并）'],
        ['按时办结率', ratio(f.onTime), '本期办结且有办结期限的诉求中，在期限内办结的比例'],
        ['满意率', ratio(f.satisfaction), '好差评与回访评价中「基本满意」及以上的比例'],
        ['非常满意与满意占比', ratio(f.goodShare), '评价为「满意」「非常满意」的比例'],
        ['差评回访率', ratio(f.returnVisit), '本期收到的差评（1–2分）中已回访的比例'],
        ['整改率', ratio(f.rectification), '整改期限在本期的诉求中已完成整改的比例'],
      ]),
    )
    parts.push(`<p style="margin:16px 0 4px"><img src="${esc(o.chartSrc)}" alt="每日诉求量（按情感倾向）" width="640" style="max-width:100%;height:auto;border:1px solid #eaecf0"></p>`)
    parts.push(
      table('首次响应时长', ['时长', '件数'], [
        ...RESPONSE_BUCKETS.map((b, i) => [b.label, f.firstResponse.buckets[i].count.value]),
        ['尚未响应', f.firstResponse.noResponse.value],
      ]),
    )
    parts.push(table('按渠道', ['渠道', '件数'], f.byChannel.map((b) => [channelLabel(b.key), b.count.value])))
    parts.push(table('按类别', ['类别', '件数'], f.byCategory.map((b) => [categoryLabel(b.key), b.count.value])))
    parts.push(table('按承办部门', ['部门', '件数'], f.byDepartment.map((b) => [dep(b.key), b.count.value])))
    parts.push(table('热点话题', ['话题', '件数'], f.topTopics.slice(0, 5).map((t) => [set.lookups.topics.get(String(t.key)) ?? `话题 ${t.key}`, t.count.value])))
  }

  const q = set.quality
  if (q) {
    parts.push('<h2 style="font-size:17px;margin:24px 0 8px">二、内容质量</h2>')
    const week = q.windows.find((w) => w.days === 7) ?? q.windows[0]
    parts.push(
      table(`近${week.days}天投诉、差评、“没有帮助”最多的办事指南`, ['办事指南', '投诉', '差评', '没有帮助', '合计'], week.rows.slice(0, 5).map((r) => {
        const g = r.guideId !== null ? set.lookups.guides.get(String(r.guideId)) : null
        return [g?.title ?? r.guideCode ?? r.guide, r.complaints.value, r.badRatings.value, r.notUseful.value, r.total]
      })),
    )
    parts.push(table('搜索无结果（本期出现，次数最多）', ['搜索内容', '累计无结果次数', '最近出现'], q.searchGaps.slice(0, 5).map((g) => [g.query, g.count, bjTime(g.lastSeenAt)])))
  }

  const p = set.publishing
  if (p) {
    parts.push('<h2 style="font-size:17px;margin:24px 0 8px">三、发布情况</h2>')
    parts.push(table('各渠道投递', ['渠道', '类型', '投递', '已送达', '失败待重试', '投递失败'], p.byChannel.map((c) => [c.name, channelKindLabel(c.kind), c.total.value, c.delivered.value, c.retrying.value, c.dead.value])))
    parts.push(table('审核通过到上线用时', ['渠道', '篇次', '中位数', '平均'], p.approvalToLive.map((a) => [a.name, a.count.value, duration(a.medianHours), duration(a.meanHours)])))
    const stale = p.accounts.filter((a) => a.stale)
    parts.push(table('超过14天未更新的公众号（国办秘函〔2019〕19号：两周无更新即不合格）', ['公众号', '最近发布', '未更新天数'], stale.map((a) => [a.name + (a.enabled ? '' : '（未启用）'), bjTime(a.lastPublishedAt), a.days === null ? '从未发布' : Math.floor(a.days)]), '无'))
    parts.push(table('长时间未同步的终端与APP', ['名称', '类型', '最近心跳'], p.staleClients.map((c) => [c.name + (c.location ? `（${c.location}）` : ''), channelKindLabel(c.kind), c.lastSeenAt ? bjTime(c.lastSeenAt) : '从未同步']), '无'))
    parts.push(`<p>超过6个月未复核的在线办事指南：<strong>${p.unreviewed.count.value}</strong> 项</p>`)
  }

  parts.push(`<p style="margin-top:24px;color:#475467">查看明细与原始记录：<a href="${esc(dashboardUrl(set.range, base))}">数据看板</a>。本邮件由系统自动发送，请勿直接回复。</p>`)
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    `<title>${esc(title)}</title></head>`,
    `<body style="font-family:'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif;color:#101828;line-height:1.6;margin:16px">`,
    ...parts,
    '</body></html>',
  ].join('\n')
}

/** The dashboard for the same days. */
export function dashboardUrl(range: DateRange, base = ''): string {
  const { first, last } = rangeDays(range)
  return `${base}/admin/dashboard?from=${first}&to=${last}`
}

/** The plain-text part of the mail: the core numbers only. */
export function renderReportText(set: IndicatorSet, baseUrl = ''): string {
  const f = set.feedback
  const lines = [`政务融媒体中枢运行周报（${rangeLabel(set.range)}）`, '']
  if (f) {
    lines.push(
      `诉求件数：${f.cases.value}件`,
      `按时办结率：${ratio(f.onTime)}`,
      `满意率：${ratio(f.satisfaction)}`,
      `差评回访率：${ratio(f.returnVisit)}`,
      `整改率：${ratio(f.rectification)}`,
      `首次响应：${RESPONSE_BUCKETS.map((b, i) => `${b.label} ${f.firstResponse.buckets[i].count.value}件`).join('，')}，尚未响应 ${f.firstResponse.noResponse.value}件`,
    )
  }
  lines.push('', `数据看板：${dashboardUrl(set.range, baseUrl)}`, '', 'OmniHub weekly report: open the HTML part for the tables and the chart.')
  return lines.join('\n')
}
