/** The weekly report (周报): built from the indicators, mailed to supervisors, downloadable from the admin. */
export { buildReport, CHART_CID, type BuiltReport } from './build'
export { dailyCasesChart, REPORT_PNG_WIDTH } from './chart'
export { dashboardUrl, renderReportHtml, renderReportText } from './html'
export { sendWeeklyReport, weeklyReportJob, type WeeklyReportOutcome } from './send'
export { lastWeek, mondayOf, reportDue, weekKey } from './week'
