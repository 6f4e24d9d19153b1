import { feedAdapter } from '../shared/feedAdapter'

/** The app pulls through GraphQL; its backend may also get a signed "content changed" webhook. */
export const appAdapter = feedAdapter('app', { webhook: true })
