import config from '@payload-config'
import { getPayload } from 'payload'

import { loadCatalog } from '../../../publishing/website/catalog'
import { listDepartments } from '../../../publishing/website/listings'
import { isElder, type ElderParams } from '../_components/elder'
import { DepartmentsView } from '../_components/views'

export const dynamic = 'force-dynamic'
export const metadata = { title: '按部门查找 · 示范市政务服务' }

export default async function DepartmentsPage({ searchParams }: { searchParams: ElderParams }) {
  const catalog = await loadCatalog(await getPayload({ config }))
  return <DepartmentsView departments={listDepartments(catalog)} elder={await isElder(searchParams)} />
}
