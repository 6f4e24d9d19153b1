export { previewEndpoint } from './endpoint'
export { channelPreviewField } from './field'
export { previewAll, previewChannel, toPreviewProblem } from './build'
export type { ChannelPreview, PreviewProblem, PreviewResponse } from './types'
