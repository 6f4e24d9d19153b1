import config from '@payload-config'
import { getPayload } from 'payload'

import { loadCatalog } from '../../publishing/website/catalog'
import { currentNotices, latestGuides, listDepartments, listThemes } from '../../publishing/website/listings'
import { isElder, type ElderParams } from './_components/elder'
import { HomeView } from './_components/views'

// Read per request: the build has no database, and a delivery must show on the next request.
export const dynamic = 'force-dynamic'

/** The home page: search, current notices, themes, departments and the newest guides, all as delivered to the website channel. */
export default async function HomePage({ searchParams }: { searchParams: ElderParams }) {
  const elder = await isElder(searchParams)
  const catalog = await loadCatalog(await getPayload({ config }))
  const data = {
    notices: currentNotices(catalog).slice(0, 5),
    themes: listThemes(catalog),
    departments: listDepartments(catalog),
    guides: latestGuides(catalog, 8),
  }
  return <HomeView data={data} elder={elder} />
}
