import type { CollectionBeforeValidateHook } from 'payload'
import { ValidationError } from 'payload'

/** A promised time limit longer than the statutory one is a typo, never a promise. */
export const promisedWithinLegal: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  const legal = data?.legalLimitDays ?? originalDoc?.legalLimitDays
  const promised = data?.promisedLimitDays ?? originalDoc?.promisedLimitDays
  if (typeof legal === 'number' && typeof promised === 'number' && promised > legal) {
    throw new ValidationError({
      collection: 'service-guides',
      errors: [
        {
          path: 'promisedLimitDays',
          message: `承诺时限（${promised}）不能超过法定时限（${legal}）/ Promised limit (${promised}) exceeds the statutory limit (${legal})`,
        },
      ],
    })
  }
  return data
}
