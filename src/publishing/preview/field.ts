import type { Field } from 'payload'

/** 渠道预览: the admin's per-channel preview of the saved edition (src/components/ChannelPreview). */
export const channelPreviewField = (): Field => ({
  name: 'channelPreview',
  type: 'ui',
  label: '渠道预览',
  admin: { components: { Field: '/src/components/ChannelPreview#ChannelPreview' } },
})
