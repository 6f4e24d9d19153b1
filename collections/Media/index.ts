import type { CollectionConfig } from 'payload'

import { anyone } from '../../src/access/anyone'
import { isAdmin } from '../../src/access/isAdmin'
import { hasRole } from '../../src/access/principal'

/** Images for every channel (placeholder; renditions come with the media work). */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: '图片', plural: '图片库' },
  admin: { group: '内容发布' },
  access: { read: anyone, create: ({ req }) => hasRole(req.user, 'admin', 'editor'), update: ({ req }) => hasRole(req.user, 'admin', 'editor'), delete: isAdmin },
  upload: { staticDir: process.env.MEDIA_DIR || 'media', mimeTypes: ['image/*'] },
  fields: [{ name: 'alt', label: '替代文字', type: 'text', required: true }],
}
