import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../src/access/isAdmin'

/** Named monotonic counters (the channel feed's change sequence), incremented atomically. */
export const Sequences: CollectionConfig = {
  slug: 'sequences',
  labels: { singular: '序列', plural: '序列' },
  admin: { group: '系统', hidden: true },
  access: { read: isAdmin, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true },
    { name: 'value', type: 'number', required: true, defaultValue: 0 },
  ],
}
