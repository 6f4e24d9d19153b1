import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { CaseTransitionError, assertMove } from '../../../src/feedback/case/machine'
import type { FeedbackStatus } from '../../../src/feedback/labels'

/**
 * Every status change goes through the case machine, whoever writes it (admin form, REST,
 * GraphQL, our own services), so the statistics rest on cases that really went through each step.
 */
export const guardStatus: CollectionBeforeChangeHook = ({ data, originalDoc, operation }) => {
  if (operation !== 'update' || !originalDoc || !data.status) return data
  try {
    assertMove(originalDoc.status as FeedbackStatus, data.status as FeedbackStatus)
  } catch (err) {
    if (err instanceof CaseTransitionError) {
      throw new APIError(err.message, 400, { field: 'status', from: err.from, to: err.to }, true)
    }
    throw err
  }
  if (data.status === 'merged' && !data.mergedInto && !originalDoc.mergedInto) {
    throw new APIError('合并时须指定合并至哪条诉求 / mergedInto is required to merge a case', 400, { field: 'mergedInto' }, true)
  }
  return data
}
