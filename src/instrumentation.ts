/** Next calls register() once per server process: the clock starts with the server. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.OMNIHUB_CLOCK === 'off') return
  const [{ getPayload }, { default: config }, { startClock }] = await Promise.all([
    import('payload'),
    import('@payload-config'),
    import('./clock/start'),
  ])
  startClock(await getPayload({ config }))
}
