import type { Field } from 'payload'

import { ACTION_LABELS, STATE_LABELS, WORKFLOW_ACTIONS, WORKFLOW_STATES } from '../publishing/workflow/states'

const stateOptions = WORKFLOW_STATES.map((value) => ({ value, label: STATE_LABELS[value] }))
const actionOptions = WORKFLOW_ACTIONS.map((value) => ({ value, label: ACTION_LABELS[value] }))

/**
 * The editorial workflow of a document (先审后发): computed by the enforceWorkflow hook only, shown
 * read-only in the sidebar with the whole transition history, plus the action buttons.
 */
export const workflowFields = (): Field[] => [
  {
    name: 'workflowActions',
    type: 'ui',
    admin: {
      position: 'sidebar',
      components: { Field: '/src/components/WorkflowActions#WorkflowActions' },
    },
  },
  {
    name: 'workflow',
    label: '审核流程',
    type: 'group',
    admin: { position: 'sidebar', readOnly: true },
    fields: [
      { name: 'state', label: '状态', type: 'select', options: stateOptions, defaultValue: 'draft', index: true },
      { name: 'level', label: '本轮已审级数', type: 'number', defaultValue: 0 },
      { name: 'requiredLevels', label: '需审级数', type: 'number', defaultValue: 1 },
      { name: 'submittedBy', label: '送审人', type: 'text' },
      { name: 'rejectionReason', label: '退回原因', type: 'textarea' },
      {
        name: 'history',
        label: '流转记录',
        type: 'array',
        admin: { readOnly: true, initCollapsed: true },
        fields: [
          { name: 'action', label: '操作', type: 'select', options: actionOptions, required: true },
          { name: 'from', label: '原状态', type: 'select', options: stateOptions },
          { name: 'to', label: '新状态', type: 'select', options: stateOptions, required: true },
          { name: 'level', label: '审核级', type: 'number' },
          { name: 'by', label: '操作人ID', type: 'text' },
          { name: 'byName', label: '操作人', type: 'text' },
          { name: 'at', label: '时间', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
          { name: 'reason', label: '说明', type: 'textarea' },
        ],
      },
    ],
  },
]
