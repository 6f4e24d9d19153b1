/** SVG charts for the dashboard and the weekly report: pure functions from data to markup. */
export { barChart, type BarChartOptions, type Series } from './bar'
export { donutChart, percentShares, type DonutChartOptions, type Slice } from './donut'
export { dayLabel, lineChart, type LineChartOptions } from './line'
export { PALETTE, SENTIMENT_COLORS } from './palette'
export { FONT_FAMILY } from './svg'
