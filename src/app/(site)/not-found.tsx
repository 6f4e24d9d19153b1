export default function NotFound() {
  return (
    <main id="main">
      <h1>页面不存在</h1>
      <p>您访问的页面不存在或已被移除。</p>
      <p>
        <a href="/">返回首页</a>
      </p>
    </main>
  )
}
