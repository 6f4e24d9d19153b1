import pkg from '../../package.json'

/** The hub's version as released (package.json); OMNIHUB_VERSION overrides it, e.g. with a commit. */
export function hubVersion(): string {
  return process.env.OMNIHUB_VERSION || (pkg as { version?: string }).version || 'unknown'
}
