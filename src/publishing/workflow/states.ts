/** Editorial states of one edition (先审后发). See docs/document-states.md. */
export const WORKFLOW_STATES = ['draft', 'submitted', 'approved', 'published', 'withdrawn'] as const
export type WorkflowState = (typeof WORKFLOW_STATES)[number]

export const STATE_LABELS: Record<WorkflowState, string> = {
  draft: '草稿',
  submitted: '待审核',
  approved: '已审核待发布',
  published: '已发布',
  withdrawn: '已撤回',
}

/** Actions a person asks for, plus the ones the system records (create, edit, import, expire). */
export const WORKFLOW_ACTIONS = [
  'create',
  'edit',
  'submit',
  'approve',
  'reject',
  'publish',
  'withdraw',
  'import',
  'expire',
] as const
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number]

export const ACTION_LABELS: Record<WorkflowAction, string> = {
  create: '创建',
  edit: '修改（需重新送审）',
  submit: '送审',
  approve: '审核通过',
  reject: '退回修改',
  publish: '发布',
  withdraw: '撤回',
  import: '批量导入',
  expire: '到期自动撤回',
}

/** Actions a client may request through the workflow endpoint. */
export const REQUESTABLE_ACTIONS = ['submit', 'approve', 'reject', 'publish', 'withdraw'] as const
export type RequestableAction = (typeof REQUESTABLE_ACTIONS)[number]

export interface HistoryEntry {
  action: WorkflowAction
  from?: WorkflowState | null
  to: WorkflowState
  level?: number | null
  by?: string | number | null
  byName?: string | null
  at: string
  reason?: string | null
}

export interface WorkflowData {
  state: WorkflowState
  /** Approvals given in the current review round. */
  level: number
  /** Approvals this round needs (1 to 3, 三审), fixed when the document is submitted. */
  requiredLevels: number
  submittedBy?: string | number | null
  rejectionReason?: string | null
  history: HistoryEntry[]
}

export const initialWorkflow = (): WorkflowData => ({
  state: 'draft',
  level: 0,
  requiredLevels: 1,
  submittedBy: null,
  rejectionReason: null,
  history: [],
})
