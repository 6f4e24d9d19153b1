import type { CollectionBeforeValidateHook } from 'payload'
import { ValidationError } from 'payload'

import { ITEM_TYPES } from '../../../src/fields/itemCode'

/** The type letters inside the item code (…-XK-001) and the chosen item type must agree. */
export const itemTypeMatchesCode: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  const code = (data?.code ?? originalDoc?.code) as string | undefined
  const itemType = (data?.itemType ?? originalDoc?.itemType) as string | undefined
  if (!code || !itemType) return data
  const expected = ITEM_TYPES.find((t) => t.value === itemType)
  const codeType = code.split('-')[1]
  if (expected && codeType && ITEM_TYPES.some((t) => t.code === codeType) && expected.code !== codeType) {
    throw new ValidationError({
      collection: 'service-guides',
      errors: [
        {
          path: 'itemType',
          message: `事项类型「${expected.label}」与编码中的类型代码 ${codeType} 不一致 / Item type ${itemType} does not match code letters ${codeType}`,
        },
      ],
    })
  }
  return data
}
