/** Next calls register() once per server process: the clock starts with the server. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.OMNIHUB_CLOCK === 'off') return
  const [{ getPayload }, { default: config }, { startClock }, { warmSearchIndex }] = await Promise.all([
    import('payload'),
    import('@payload-config'),
    import('./clock/start'),
    import('./search'),
  ])
  const payload = await getPayload({ config })
  startClock(payload)
  // Build the search index now rather than on the first citizen's query.
  void Promise.resolve(warmSearchIndex(payload)).catch((err: unknown) => payload.logger.error({ err }, '搜索索引构建失败 / search index build failed'))
}
