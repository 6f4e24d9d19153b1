import config from '@payload-config'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'

import { loadCatalog } from '../../../../publishing/website/catalog'
import { departmentListing } from '../../../../publishing/website/listings'
import { decodeParam, isElder, type ElderParams } from '../../_components/elder'
import { DepartmentView } from '../../_components/views'

export const dynamic = 'force-dynamic'

type Args = { params: Promise<{ code: string }>; searchParams: ElderParams }

async function load(params: Args['params']) {
  const catalog = await loadCatalog(await getPayload({ config }))
  return departmentListing(catalog, decodeParam((await params).code))
}

export async function generateMetadata({ params }: Args): Promise<Metadata> {
  const listing = await load(params)
  return { title: `${listing?.department.name ?? '部门'} · 示范市政务服务` }
}

/** One department's guides (and its current notices) as delivered to the website channel. */
export default async function DepartmentPage({ params, searchParams }: Args) {
  const listing = await load(params)
  if (!listing) notFound()
  return <DepartmentView listing={listing} elder={await isElder(searchParams)} />
}
