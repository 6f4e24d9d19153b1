import type { Payload } from 'payload'

type Id = number | string

export interface RecipientQuery {
  department?: Id | null
  /** Officials of the department marked on duty (值班); all its officials if none is. */
  duty?: boolean
  /** The department's head(s) (部门负责人). */
  heads?: boolean
  supervisors?: boolean
  /** The department mailbox from its record. */
  mailbox?: boolean
  extra?: string[]
}

/** E-mail addresses for an alert, deduplicated; empty when nobody is configured. */
export async function recipients(payload: Payload, q: RecipientQuery): Promise<string[]> {
  const out = new Set<string>(q.extra ?? [])
  if (q.department != null) {
    if (q.mailbox) {
      const dep = await payload.findByID({ collection: 'departments', id: q.department, depth: 0, overrideAccess: true }).catch(() => null)
      if (dep?.email) out.add(String(dep.email))
    }
    if (q.duty || q.heads) {
      const { docs } = await payload.find({
        collection: 'users',
        where: { and: [{ departments: { in: [q.department] } }, { role: { in: ['official', 'supervisor', 'admin'] } }] },
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
      const users = docs as unknown as Array<{ email: string; role: string; onDuty?: boolean; departmentHead?: boolean }>
      if (q.duty) {
        const officials = users.filter((u) => u.role === 'official')
        const onDuty = officials.filter((u) => u.onDuty)
        for (const u of onDuty.length ? onDuty : officials) out.add(u.email)
      }
      if (q.heads) for (const u of users.filter((u) => u.departmentHead)) out.add(u.email)
    }
  }
  if (q.supervisors) {
    const { docs } = await payload.find({ collection: 'users', where: { role: { equals: 'supervisor' } }, pagination: false, depth: 0, overrideAccess: true })
    for (const u of docs as unknown as Array<{ email: string }>) out.add(u.email)
  }
  return [...out].filter(Boolean)
}
