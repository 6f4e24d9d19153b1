import type { CollectionBeforeValidateHook } from 'payload'
import { ValidationError } from 'payload'

export const validToAfterValidFrom: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  const from = data?.validFrom ?? originalDoc?.validFrom
  const to = data?.validTo === undefined ? originalDoc?.validTo : data.validTo
  if (from && to && new Date(to).getTime() <= new Date(from).getTime()) {
    throw new ValidationError({
      collection: 'notices',
      errors: [{ path: 'validTo', message: '失效日期必须晚于生效日期 / validTo must be later than validFrom' }],
    })
  }
  return data
}
