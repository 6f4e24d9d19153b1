import type { GlobalConfig } from 'payload'

import { isAdmin } from '../access/isAdmin'
import { isStaff } from '../access/isStaff'

/** Settings staff may tune without a deployment. */
export const HubSettings: GlobalConfig = {
  slug: 'hub-settings',
  label: '系统设置',
  admin: { group: '系统' },
  access: { read: isStaff, update: isAdmin },
  fields: [
    {
      name: 'review',
      label: '审核设置（先审后发）',
      type: 'group',
      fields: [
        {
          name: 'levels',
          label: '审核级数',
          type: 'number',
          min: 1,
          max: 3,
          defaultValue: 1,
          required: true,
          admin: { description: '1 至 3 级；三审即设为 3。只对此后送审的内容生效。' },
        },
      ],
    },
  ],
}
