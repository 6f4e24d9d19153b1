/**
 * Value lists of the feedback domain with their Chinese labels. Values are the code names of
 * docs/glossary.md; the triage engine (src/feedback/triage/types.ts) uses the same strings.
 */
const options = <T extends string>(labels: Record<T, string>) =>
  (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }))

export const FEEDBACK_CHANNEL_LABELS = {
  website: '门户网站',
  app: '移动端',
  wechat: '微信公众号',
  kiosk: '自助终端',
  email: '电子邮件',
  hotline: '12345热线',
} as const
export type FeedbackChannel = keyof typeof FEEDBACK_CHANNEL_LABELS
export const FEEDBACK_CHANNELS = Object.keys(FEEDBACK_CHANNEL_LABELS) as FeedbackChannel[]

export const FEEDBACK_KIND_LABELS = {
  message: '留言',
  rating: '好差评',
  useful: '页面是否有用',
} as const
export type FeedbackKind = keyof typeof FEEDBACK_KIND_LABELS

export const STATUS_LABELS = {
  new: '待分析',
  triaged: '待分拨',
  assigned: '办理中',
  answered: '已答复',
  closed: '已办结',
  reopened: '重新办理',
  spam: '无效信息',
  merged: '已合并',
} as const
export type FeedbackStatus = keyof typeof STATUS_LABELS

export const SENTIMENT_LABELS = { negative: '负面', neutral: '中性', positive: '正面' } as const
export const CATEGORY_LABELS = {
  complaint: '投诉',
  consultation: '咨询',
  suggestion: '建议',
  praise: '表扬',
  report: '举报',
  help: '求助',
} as const
export type FeedbackCategory = keyof typeof CATEGORY_LABELS
export const URGENT_REASON_LABELS = {
  safety: '安全隐患',
  self_harm: '轻生倾向',
  mass_incident: '群体性事件',
  media: '扬言媒体曝光',
  misconduct: '严重违纪',
} as const

/** 好差评 five levels (国办发〔2019〕51号). */
export const RATING_LABELS: Record<number, string> = { 5: '非常满意', 4: '满意', 3: '基本满意', 2: '不满意', 1: '非常不满意' }

export const REPLY_VIA_LABELS = { channel: '原渠道', phone: '电话', email: '邮件', none: '无需回复' } as const

export const channelOptions = options(FEEDBACK_CHANNEL_LABELS)
export const kindOptions = options(FEEDBACK_KIND_LABELS)
export const statusOptions = options(STATUS_LABELS)
export const sentimentOptions = options(SENTIMENT_LABELS)
export const categoryOptions = options(CATEGORY_LABELS)
export const urgentReasonOptions = options(URGENT_REASON_LABELS)
export const replyViaOptions = options(REPLY_VIA_LABELS)
export const piiKindOptions = [
  { value: 'phone', label: '电话号码' },
  { value: 'id_card', label: '身份证号' },
  { value: 'bank_card', label: '银行卡号' },
  { value: 'email', label: '电子邮箱' },
]
