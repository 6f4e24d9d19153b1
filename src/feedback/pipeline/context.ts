import type { Payload } from 'payload'

import { buildTriageContext } from '../triage/context'
import type { TriageContext } from '../triage/types'

export interface HubTriageContext {
  triage: TriageContext
  departmentIdByCode: Map<string, number | string>
  departmentCodeById: Map<string, string>
  guideIdByCode: Map<string, number | string>
  guideDepartmentById: Map<string, number | string>
  builtAt: number
}

const cache = new WeakMap<Payload, HubTriageContext>()
/** Departments and guides change a few times a day; a minute's staleness only delays a new word. */
const TTL_MS = 60_000

type Rel = number | string | { id: number | string } | null | undefined
const idOf = (r: Rel) => (r && typeof r === 'object' ? r.id : r) ?? null

/** Routing vocabulary from the hub's own departments and guides (titles, themes, keywords). */
export async function hubTriageContext(payload: Payload, fresh = false): Promise<HubTriageContext> {
  const hit = cache.get(payload)
  if (hit && !fresh && Date.now() - hit.builtAt < TTL_MS) return hit
  const [deps, guides] = await Promise.all([
    payload.find({ collection: 'departments', pagination: false, depth: 0, overrideAccess: true }),
    payload.find({
      collection: 'service-guides',
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { code: true, title: true, department: true, themes: true },
    }),
  ])
  const departmentCodeById = new Map<string, string>()
  const departmentIdByCode = new Map<string, number | string>()
  for (const d of deps.docs as Array<{ id: number | string; code: string }>) {
    departmentCodeById.set(String(d.id), d.code)
    departmentIdByCode.set(d.code, d.id)
  }
  const guideIdByCode = new Map<string, number | string>()
  const guideDepartmentById = new Map<string, number | string>()
  const routingGuides = []
  for (const g of guides.docs as Array<{ id: number | string; code: string; title: string; department: Rel; themes?: string[] | null }>) {
    if (!g.code) continue
    guideIdByCode.set(g.code, g.id)
    const dep = idOf(g.department)
    if (dep !== null) guideDepartmentById.set(String(g.id), dep)
    routingGuides.push({ code: g.code, title: g.title, department: dep !== null ? (departmentCodeById.get(String(dep)) ?? '') : '', themes: g.themes ?? [] })
  }
  const routingDepartments = (deps.docs as unknown as Array<{ code: string; name: string; shortName?: string | null; keywords?: string[] | null }>).map((d) => ({
    code: d.code,
    name: d.name,
    shortName: d.shortName ?? undefined,
    aliases: d.keywords ?? [],
  }))
  const ctx: HubTriageContext = {
    triage: buildTriageContext(routingDepartments, routingGuides),
    departmentIdByCode,
    departmentCodeById,
    guideIdByCode,
    guideDepartmentById,
    builtAt: Date.now(),
  }
  cache.set(payload, ctx)
  return ctx
}
