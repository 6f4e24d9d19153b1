import type { CollectionConfig } from 'payload'

import { isStaff } from '../../src/access/isStaff'
import { hasRole } from '../../src/access/principal'

/** The agency-supplied list of sensitive or wrong expressions checked before anything is published. */
export const SensitiveTerms: CollectionConfig = {
  slug: 'sensitive-terms',
  labels: { singular: '敏感词', plural: '敏感词库' },
  admin: { group: '审核', useAsTitle: 'term', defaultColumns: ['term', 'category', 'note', 'updatedAt'] },
  access: {
    read: isStaff,
    create: ({ req }) => hasRole(req.user, 'admin', 'reviewer'),
    update: ({ req }) => hasRole(req.user, 'admin', 'reviewer'),
    delete: ({ req }) => hasRole(req.user, 'admin', 'reviewer'),
  },
  fields: [
    {
      name: 'term',
      label: '词语',
      type: 'text',
      required: true,
      unique: true,
      admin: { description: '繁简体、全半角自动归一，只需录入一种写法' },
    },
    {
      name: 'category',
      label: '类别',
      type: 'select',
      defaultValue: 'sensitive',
      options: [
        { value: 'sensitive', label: '敏感词' },
        { value: 'wrong', label: '错误表述' },
        { value: 'outdated', label: '过时表述' },
      ],
    },
    { name: 'note', label: '说明或建议替换', type: 'text' },
  ],
}
