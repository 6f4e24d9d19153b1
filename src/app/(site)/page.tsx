import config from '@payload-config'
import { getPayload } from 'payload'

// Read the database per request: the build has no database (and the list changes on publish).
export const dynamic = 'force-dynamic'

const dateFormat = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'long', timeZone: 'Asia/Shanghai' })

interface GuideSummary {
  id: number | string
  title: string
  code?: string | null
  summary?: string | null
  department?: unknown
  updatedAt?: string
}

export default async function HomePage() {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: 'service-guides',
    where: { _status: { equals: 'published' } },
    sort: '-updatedAt',
    limit: 10,
    depth: 1,
  })
  const guides = docs as unknown as GuideSummary[]

  return (
    <>
      <a className="skip" href="#main">跳到主要内容</a>
      <header>
        <div className="wrap">
          <p>示范市政务服务</p>
          <h1>政务融媒体中枢</h1>
        </div>
      </header>
      <main id="main">
        <form role="search" action="/search" method="get" className="wrap">
          <label htmlFor="q">搜索办事指南</label>
          <input id="q" name="q" type="search" placeholder="例如：社保卡丢了怎么补办" maxLength={1000} />
          <button type="submit">搜索</button>
        </form>
        <section aria-labelledby="latest">
          <h2 id="latest">最新办事指南</h2>
          {guides.length === 0 ? (
            <p>暂无已发布的办事指南。</p>
          ) : (
            <ul className="guides">
              {guides.map((guide) => (
                <li key={guide.id}>
                  <h3>{guide.code ? <a href={`/guides/${encodeURIComponent(guide.code)}`}>{guide.title}</a> : guide.title}</h3>
                  <p className="meta">
                    {[departmentName(guide.department), guide.code, guide.updatedAt && `更新于 ${dateFormat.format(new Date(guide.updatedAt))}`]
                      .filter(Boolean)
                      .join(' · ')}
                  </p>
                  {guide.summary && <p>{guide.summary}</p>}
                </li>
              ))}
            </ul>
          )}
        </section>
      </main>
      <footer>
        <p>
          工作人员请 <a href="/admin">登录管理后台</a>。
        </p>
      </footer>
    </>
  )
}

function departmentName(department: unknown): string | null {
  return typeof department === 'object' && department !== null && 'name' in department ? String(department.name) : null
}
