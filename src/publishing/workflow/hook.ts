import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { hasRole, inDepartments, staffOf } from '../../access/principal'
import { assertNoSensitiveWords } from '../sensitiveCheck'
import { collectText } from './collectText'
import { WorkflowError } from './errors'
import { contentChanged } from './fingerprint'
import type { DocCollection } from '../../../channels/types'
import { assertPublishable, untargetUnfit } from './limits'
import { clampLevels, transition, type Actor } from './machine'
import { initialWorkflow, type WorkflowAction, type WorkflowData } from './states'

/** What a caller asks of the workflow, passed through Payload's hook context. */
export interface WorkflowContext {
  action: WorkflowAction
  reason?: string
}

export function actorOf(req: PayloadRequest, department: unknown): Actor {
  const staff = staffOf(req.user)
  if (!staff) return { id: null, name: '系统', role: 'system', inDepartment: true }
  const user = req.user as unknown as { name?: string; email?: string }
  return {
    id: staff.id,
    name: user.name || user.email || String(staff.id),
    role: staff.role,
    inDepartment: hasRole(req.user, 'admin') || inDepartments(req.user, department),
  }
}

async function configuredLevels(req: PayloadRequest): Promise<number> {
  const settings = await req.payload.findGlobal({ slug: 'hub-settings', depth: 0, req })
  return clampLevels((settings as { review?: { levels?: number } }).review?.levels ?? 1)
}

function normalise(value: unknown): WorkflowData {
  const wf = { ...initialWorkflow(), ...((value as Partial<WorkflowData>) ?? {}) }
  wf.history = (wf.history ?? []).map(({ ...h }) => {
    delete (h as { id?: unknown }).id
    return h
  })
  return wf
}

/**
 * beforeChange does not learn whether a write is a draft save; remember it here so a non-draft
 * save to `_status: 'draft'` (Payload's Unpublish button, a scheduled unpublish) is a withdrawal.
 */
export const rememberDraftFlag: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'update' || operation === 'updateByID' || operation === 'create') {
    req.context.draftSave = Boolean((args as { draft?: boolean }).draft)
  }
  return args
}

/**
 * Enforces 先审后发 on every write, whatever the client sent: the workflow group is computed here,
 * never taken from input; publishing needs an approved edition; an edit after submission or
 * approval sends the edition back to draft; submit, publish and import pass the sensitive-word check;
 * publish and import are refused while a targeted, enabled channel's limits are broken (./limits.ts).
 */
export const enforceWorkflow: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req, context, collection }) => {
  const asked = context.workflow as WorkflowContext | undefined
  const department = data.department ?? originalDoc?.department
  const actor = actorOf(req, department)
  let prev = operation === 'create' ? initialWorkflow() : normalise(originalDoc?.workflow)
  let action: WorkflowAction | null = asked?.action ?? null
  // The latest edition may be a newer draft while the live one is published: withdrawal acts on
  // what is live, so it reads the main document's status. A non-draft save to `_status: 'draft'`
  // of a live document (Payload's Unpublish button, a scheduled unpublish) is a withdrawal too.
  const implicitWithdraw = !action && operation === 'update' && data._status === 'draft' && req.context.draftSave === false
  if ((implicitWithdraw || action === 'withdraw' || action === 'expire') && originalDoc?.id !== undefined) {
    const live = await req.payload.db.findOne<{ id: number | string; _status?: string }>({
      collection: collection.slug,
      where: { id: { equals: originalDoc.id } },
      req,
    })
    if (live?._status === 'published') {
      prev = { ...prev, state: 'published' }
      if (implicitWithdraw) action = 'withdraw'
    }
  }
  try {
    if (!action) {
      if (operation === 'create') action = 'create'
      else if (data._status === 'published') {
        const unchangedLive = prev.state === 'published' && !contentChanged(data, originalDoc)
        action = unchangedLive ? null : 'publish'
      } else if (prev.state !== 'draft' && contentChanged(data, originalDoc)) action = 'edit'
    }
    // Publishing straight from creation is refused by the machine (draft -> published).
    if (operation === 'create' && data._status === 'published' && action === 'create') {
      transition(prev, { action: 'publish', actor })
    }
    let next = prev
    if (action) {
      next = transition(prev, {
        action,
        actor,
        reason: asked?.reason,
        configuredLevels: action === 'submit' ? await configuredLevels(req) : undefined,
      })
    }
    if (action === 'submit' || action === 'publish' || action === 'import') {
      await assertNoSensitiveWords(req, collection.slug, collectText({ ...(originalDoc ?? {}), ...data }))
    }
    // The edition goes live (and to the outbox) only if every enabled target can take it.
    if (action === 'publish' && next.state === 'published') {
      await assertPublishable(req, collection.slug as DocCollection, { ...(originalDoc ?? {}), ...data })
    }
    // An import cannot carry covers or short titles: rather than refuse the whole record, it goes
    // to the channels it fits, and the channels it breaks are untargeted with a warning.
    if (action === 'import' && next.state === 'published') {
      await untargetUnfit(req, collection.slug as DocCollection, data, originalDoc)
    }
    if (next.state === 'published') data._status = 'published'
    if (action === 'withdraw' || action === 'expire') data._status = 'draft'
    else if (next.state !== 'published') data._status = 'draft'
    data.workflow = next
    // Read (and cleared) by the outbox's afterChange hook to decide what to deliver.
    req.context.workflowApplied = action
    return data
  } catch (err) {
    if (err instanceof WorkflowError) throw new APIError(err.message, err.status, { zh: err.zh, en: err.en }, true)
    throw err
  }
}
