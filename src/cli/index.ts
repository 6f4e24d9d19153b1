import { buildConfig, getPayload, type Payload } from 'payload'

import { hubConfig } from '../config/hubConfig'
import type { CliContext, Command } from './command'
import { commands } from './commands'

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length))
  return [
    'OmniHub 命令行 / command line',
    '',
    '用法 / usage: npm run hub -- <command> [options]',
    '',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    '每个命令的详细说明 / details: npm run hub -- <command> --help',
    '数据库由 DATABASE_URI 指定（默认 file:./data/omnihub.db）/ the database is DATABASE_URI.',
  ].join('\n')
}

export async function main(argv: string[], io: Partial<CliContext> = {}): Promise<number> {
  const [name, ...args] = argv
  const stdout = io.stdout ?? process.stdout
  const stderr = io.stderr ?? process.stderr
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    stdout.write(help() + '\n')
    return name ? 0 : 1
  }
  const command = commands.find((c) => c.name === name)
  if (!command) {
    stderr.write(`未知命令 / unknown command: ${name}\n\n${help()}\n`)
    return 2
  }
  if (args.includes('--help') || args.includes('-h')) {
    stdout.write(command.usage.trim() + '\n')
    return 0
  }
  let opened: Promise<Payload> | null = null
  const ctx: CliContext = {
    stdout,
    stderr,
    stdin: io.stdin ?? process.stdin,
    payload:
      io.payload ??
      (() => (opened ??= buildConfig(hubConfig()).then((config) => getPayload({ config })))),
  }
  try {
    return await command.run(args, ctx)
  } finally {
    const pending = opened as Promise<Payload> | null
    if (pending && !io.payload) await (await pending).destroy?.()
  }
}

const invokedDirectly = process.argv[1] && /src[\\/]cli[\\/]index\.ts$/.test(process.argv[1])
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      process.stderr.write(`${(err as Error).stack ?? err}\n`)
      process.exit(1)
    },
  )
}
