import type { CollectionConfig } from 'payload'

import { caseAnswerEndpoints } from '../../src/feedback/answer/caseEndpoints'
import { inviteOnClose } from '../../src/feedback/answer/caseHooks'
import { handleFeedback } from '../../src/access/handleFeedback'
import { hasRole } from '../../src/access/principal'
import { readFeedback } from '../../src/access/readFeedback'
import { handlingFields } from './fields/handling'
import { intakeFields } from './fields/intake'
import { triageFields } from './fields/triage'
import { guardStatus } from './hooks/guardStatus'
import { prepareIntake } from './hooks/prepareIntake'
import { markCorrections, recordCorrections } from './hooks/recordCorrections'
import { exportEndpoint } from './exportEndpoint'
import { threadEndpoint } from './threadEndpoint'

/**
 * 群众诉求: one item a citizen sent on any channel, and the case it becomes. Intake services
 * (src/feedback/intake) store it first and acknowledge after; triage, routing, SLA and answers
 * follow. The original text and contact are readable only by the routed department's officials
 * and admins; everyone else sees maskedText.
 */
export const Feedback: CollectionConfig = {
  slug: 'feedback',
  labels: { singular: '群众诉求', plural: '群众诉求' },
  admin: {
    group: '舆情与诉求',
    useAsTitle: 'caseNo',
    defaultColumns: ['caseNo', 'maskedText', 'channel', 'status', 'department', 'sla.dueAt', 'triage.urgent', 'receivedAt'],
    listSearchableFields: ['caseNo', 'maskedText'],
  },
  defaultSort: '-receivedAt',
  access: {
    read: readFeedback,
    // Officials log phone calls by hand; citizens come in through the intake endpoints.
    create: ({ req }) => hasRole(req.user, 'admin', 'official', 'supervisor'),
    update: handleFeedback,
    delete: ({ req }) => hasRole(req.user, 'admin'),
  },
  endpoints: [exportEndpoint, threadEndpoint, ...caseAnswerEndpoints],
  hooks: {
    beforeChange: [prepareIntake, guardStatus, markCorrections],
    afterChange: [recordCorrections, inviteOnClose],
  },
  fields: [
    {
      type: 'tabs',
      tabs: [
        { label: '诉求', fields: intakeFields },
        { label: '分析与分拨', fields: triageFields },
        { label: '办理', fields: handlingFields },
      ],
    },
  ],
}
