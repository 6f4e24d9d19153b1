import { feedAdapter } from '../shared/feedAdapter'

/**
 * The hub serves the public website itself from the website channel's feed (src/app/(site)), so a
 * delivery is live on the next request; an external website can take the same signed webhook.
 */
export const websiteAdapter = feedAdapter('website', { webhook: true })
