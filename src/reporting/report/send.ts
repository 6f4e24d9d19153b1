import type { Payload } from 'payload'

import { claimKey, finish } from '../../clock/lease'
import { recipients } from '../../feedback/alerts/recipients'
import { bjDay, rangeLabel } from '../indicators/range'
import { SUPERVISOR_SCOPE } from '../indicators/scope'
import { buildReport, CHART_CID } from './build'
import { lastWeek, reportDue, weekKey } from './week'

export interface WeeklyReportOutcome {
  sent: boolean
  /** Monday of the reported week, 'YYYY-MM-DD' (Beijing). */
  week: string
  to: string[]
  reason?: string
}

/**
 * Mails last week's report (Monday–Sunday, Beijing time) to every supervisor, once per week across
 * hub processes: the week's key is claimed in cron-runs before sending, and released again if the
 * mail server refuses, so the next tick retries. The key outlives the week it guards (cron-runs
 * rows are kept 7 days after they are written, and it is written after that week ended).
 */
export async function sendWeeklyReport(payload: Payload, now = new Date()): Promise<WeeklyReportOutcome> {
  const week = lastWeek(now)
  const key = weekKey(week)
  const base = { week: bjDay(week.from), to: [] as string[] }
  const done = await payload.find({ collection: 'cron-runs', where: { key: { equals: key } }, limit: 1, depth: 0, overrideAccess: true })
  if (done.docs.length) return { ...base, sent: false, reason: '本周周报已发送 / already sent' }
  const to = await recipients(payload, { supervisors: true })
  if (!to.length) return { ...base, sent: false, reason: '没有督办人员邮箱 / no supervisors to mail' }
  const claimed = await claimKey(payload, 'weekly-report', key, week.from)
  if (claimed === null) return { ...base, sent: false, reason: '本周周报已由其他进程发送 / sent by another process' }
  try {
    const report = await buildReport({ payload, system: true }, SUPERVISOR_SCOPE, week, now, 'mail')
    await payload.sendEmail({
      to,
      subject: `【周报】政务融媒体中枢运行周报（${rangeLabel(week)}）`,
      html: report.html,
      text: report.text,
      attachments: report.png
        ? [{ filename: `每日诉求量-${bjDay(week.from)}.png`, content: report.png, contentType: 'image/png', cid: CHART_CID }]
        : [],
    })
    await finish(payload, claimed, 'done', `sent to ${to.length}`)
  } catch (err) {
    await payload.delete({ collection: 'cron-runs', id: claimed, overrideAccess: true }).catch(() => undefined)
    throw err
  }
  return { ...base, sent: true, to }
}

/**
 * The clock job: runs hourly and sends once Monday 08:00 Beijing time has passed (later in the
 * week if the hub was down then), whatever time zone the server runs in.
 */
export async function weeklyReportJob(payload: Payload, now: Date): Promise<string> {
  if (!reportDue(now)) return '未到周报发送时间 / not yet Monday 08:00'
  const r = await sendWeeklyReport(payload, now)
  return r.sent ? `周报已发送 ${r.to.length} 人 / weekly report sent (${r.week})` : `${r.reason} (${r.week})`
}
