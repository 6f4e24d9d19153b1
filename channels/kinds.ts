/**
 * The channel kinds the hub delivers to. Adding a channel: one entry here, one adapter folder in
 * channels/, one template set in templates/.
 */
export const CHANNEL_KINDS = [
  { value: 'website', label: '政务服务网' },
  { value: 'app', label: '移动端APP' },
  { value: 'wechat', label: '微信公众号' },
  { value: 'kiosk', label: '自助终端' },
] as const

export type ChannelKind = (typeof CHANNEL_KINDS)[number]['value']

export const ALL_CHANNEL_KINDS: ChannelKind[] = CHANNEL_KINDS.map((k) => k.value)
