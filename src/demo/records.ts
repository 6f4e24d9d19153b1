/**
 * The demo content of 示例市 (a fictional city), in the interchange format (docs/interchange-format.md),
 * plus the demo staff, channel clients and starter sensitive-word list. All names, phone numbers,
 * addresses and links are fictional.
 */
import type { Role } from '../access/principal'
import type { DepartmentRecord, GuideRecord, InterchangeSet, NoticeRecord } from '../interchange'
import channels from './data/channels.json'
import departments from './data/departments.json'
import guides from './data/guides.json'
import notices from './data/notices.json'
import sensitiveTerms from './data/sensitive-terms.json'
import staff from './data/staff.json'
import workflowGuides from './data/workflow-guides.json'

export interface DemoStaff {
  role: Role
  name: string
  email: string
  /** Department codes; empty only for the admin. */
  departments: string[]
}

export interface DemoChannel {
  name: string
  kind: 'website' | 'app' | 'wechat' | 'kiosk'
  location?: string
}

export interface DemoTerm {
  term: string
  category: 'sensitive' | 'wrong' | 'outdated'
  note: string
}

/** What the seed publishes through importRecords. */
export const DEMO_SET: InterchangeSet = {
  departments: departments as DepartmentRecord[],
  guides: guides as GuideRecord[],
  notices: notices as NoticeRecord[],
}

/**
 * Two more guides left in the workflow to show 先审后发: the first is submitted for review, the
 * second stays a draft.
 */
export const DEMO_WORKFLOW_GUIDES = workflowGuides as GuideRecord[]

export const DEMO_STAFF = staff as DemoStaff[]
export const DEMO_CHANNELS = channels as DemoChannel[]
export const DEMO_TERMS = sensitiveTerms as DemoTerm[]
