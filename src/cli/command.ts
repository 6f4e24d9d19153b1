import type { Payload } from 'payload'

export interface CliContext {
  /** Opens the hub on DATABASE_URI (migrations applied in production); opened at most once. */
  payload: () => Promise<Payload>
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream
  stdin: NodeJS.ReadableStream
}

export interface Command {
  name: string
  /** One line for `hub --help`. */
  summary: string
  /** Full usage text for `hub <name> --help`. */
  usage: string
  /** Returns the process exit code. */
  run: (args: string[], ctx: CliContext) => Promise<number>
}
