import { SiteShell } from './_components/shell'

export default function NotFound() {
  return (
    <SiteShell path="/" elder={false}>
      <h1>页面不存在</h1>
      <p>您访问的页面不存在或已被移除。</p>
      <p>
        <a href="/">返回首页</a>，或 <a href="/search">搜索办事指南</a>。
      </p>
    </SiteShell>
  )
}
