// The steps of `npm start`, shared with the end-to-end smoke test so both start the hub the same way.
import { spawn } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const DEFAULT_DATABASE_URI = 'file:./data/omnihub.db'
const bin = (name) => path.join(ROOT, 'node_modules', '.bin', name)

/** Inputs of `next build`: a change to any of them makes the saved build stale. */
const BUILD_INPUTS = [
  'package-lock.json',
  'tsconfig.json',
  'payload.config.ts',
  'next.config.mjs',
  'collections',
  'src',
  'templates',
  'channels',
  'public',
]
const HASH_FILE = path.join(ROOT, '.next', 'omnihub-source-hash')

export function log(message) {
  console.log(`[omnihub] ${message}`)
}

/**
 * PAYLOAD_SECRET from the environment, else the one persisted in data/.secret (created on first
 * start, mode 600), so sessions survive restarts on a fresh clone without any setup.
 */
export function ensureSecret(env = process.env) {
  if (env.PAYLOAD_SECRET) return env.PAYLOAD_SECRET
  const file = path.join(ROOT, 'data', '.secret')
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, randomBytes(32).toString('hex') + '\n', { mode: 0o600, flag: 'wx' })
    log(`created ${path.relative(ROOT, file)} (random PAYLOAD_SECRET, mode 600)`)
  }
  return fs.readFileSync(file, 'utf8').trim()
}

function listFiles(entry) {
  const full = path.join(ROOT, entry)
  if (!fs.existsSync(full)) return []
  if (!fs.statSync(full).isDirectory()) return [entry]
  return fs
    .readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(ROOT, path.join(d.parentPath ?? d.path, d.name)))
}

/** sha256 over the names and contents of every build input, in a stable order. */
export function sourceHash() {
  const hash = createHash('sha256')
  for (const file of BUILD_INPUTS.flatMap(listFiles).sort()) {
    hash.update(file.split(path.sep).join('/') + '\0')
    hash.update(fs.readFileSync(path.join(ROOT, file)))
    hash.update('\0')
  }
  return hash.digest('hex')
}

/** Whether .next is missing or was built from other sources; `hash` is what to save after building. */
export function buildStatus() {
  const hash = sourceHash()
  if (!fs.existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) return { stale: true, reason: 'no build yet', hash }
  const saved = fs.existsSync(HASH_FILE) ? fs.readFileSync(HASH_FILE, 'utf8').trim() : ''
  if (saved !== hash) return { stale: true, reason: 'sources changed since the last build', hash }
  return { stale: false, reason: 'build is up to date', hash }
}

/** Runs a command with inherited output; resolves with its exit code. */
export function run(command, args, { env = process.env, ...opts } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', env, ...opts })
    child.on('error', reject)
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)))
  })
}

/**
 * For commands that load TypeScript through tsx (our CLI, the payload CLI). On Node 20, tsx 4.22
 * loads modules through async module.register() hooks, and some starts die while loading,
 * silently, with exit code 13 ("unsettled top-level await") before running any of our code: one in
 * ten with session 1's module graph, up to one in two with the feedback and reporting modules on a
 * busy machine. Nothing has happened yet when that occurs, so running again is safe; eight tries
 * bring a failure below one in two hundred even at the worst rate seen.
 */
export async function runTs(command, args, opts = {}, attempts = 8) {
  for (let attempt = 1; ; attempt++) {
    const code = await run(command, args, opts)
    if (code !== 13 || attempt === attempts) return code
    console.error(`[omnihub] exit 13 while loading (Node 20 module-loader race); retrying ${attempt + 1}/${attempts}`)
  }
}

/** `next build`, then remember which sources it was built from (hashed before, so edits made during the build count). */
export async function build({ env = process.env, hash = sourceHash() } = {}) {
  const code = await run(bin('next'), ['build'], { env: { ...env, NODE_ENV: 'production' } })
  if (code !== 0) throw new Error(`next build failed (exit ${code})`)
  fs.writeFileSync(HASH_FILE, hash + '\n')
}

/**
 * A database that `next dev` created by pushing the schema cannot take migrations: Payload would
 * ask "proceed? y/N" with no terminal to answer and quietly exit. Say so instead.
 */
export async function assertNotDevPushed(databaseUri) {
  if (!databaseUri.startsWith('file:')) return
  const file = path.resolve(ROOT, databaseUri.slice('file:'.length).split('?')[0])
  if (!fs.existsSync(file)) return
  let client
  try {
    const { createClient } = await import('@libsql/client')
    client = createClient({ url: `file:${file}` })
    const table = await client.execute("SELECT name FROM sqlite_master WHERE type='table' AND name='payload_migrations'")
    if (table.rows.length === 0) return
    const pushed = await client.execute('SELECT count(*) AS n FROM payload_migrations WHERE batch = -1')
    if (Number(pushed.rows[0]?.n) > 0) {
      throw new Error(
        `${path.relative(ROOT, file)} 由开发模式（next dev）自动建表，不能用于生产启动 / was created by \`next dev\` (schema push) ` +
          'and cannot take the production migrations. Move it away (or set DATABASE_URI to another file) and start again.',
      )
    }
  } finally {
    client?.close()
  }
}

/**
 * Seeds demo content when the database is empty. NODE_ENV=production makes the SQLite adapter run
 * the committed migrations (prodMigrations) first, exactly as the server will.
 */
export async function seed({ env = process.env } = {}) {
  const code = await runTs(bin('tsx'), ['src/cli/index.ts', 'seed', '--if-empty'], { env: { ...env, NODE_ENV: 'production' } })
  // Exit code 2 is the CLI's "unknown command": a checkout without the seed still starts (the
  // server applies the migrations itself on first request).
  if (code === 2) log('warning: this checkout has no `seed` command; starting with an empty database')
  // 13 again and again: Payload asked a y/N question with no terminal to answer (assertNotDevPushed
  // catches the usual cause first), or the loader race above kept happening.
  else if (code === 13) throw new Error('seed exited 13 eight times: a Payload y/N prompt with no terminal, or the tsx loader race')
  else if (code !== 0) throw new Error(`seed failed (exit ${code})`)
}

/** Starts the built server; the caller owns the child process. */
export function startServer({ port, env = process.env, stdio = 'inherit' }) {
  return spawn(bin('next'), ['start', '-p', String(port)], {
    cwd: ROOT,
    stdio,
    env: { ...env, NODE_ENV: 'production', PORT: String(port) },
  })
}

/** Polls until `url` answers (any HTTP status), failing early if the server process exits. */
export async function waitForHttp(url, { timeoutMs = 60_000, child } = {}) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`server exited (code ${child.exitCode}) before answering ${url}`)
    try {
      const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5_000) })
      await res.body?.cancel()
      return res.status
    } catch {
      await new Promise((r) => setTimeout(r, 250))
    }
  }
  throw new Error(`no answer from ${url} within ${timeoutMs / 1000} s`)
}

/** A TCP port nobody listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/** Stops a child and waits for it: SIGTERM, then SIGKILL after `graceMs`. */
export function stopProcess(child, graceMs = 5_000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
    child.kill('SIGTERM')
  })
}

/**
 * The browser tests' server: builds if the sources changed, seeds the demo into `env`'s database,
 * starts `next start` on a free port with its output in `serverLog`, and waits for the admin.
 */
export async function startSeededServer({ env, serverLog }) {
  const status = buildStatus()
  if (status.stale) {
    log(`building first (${status.reason})`)
    await build({ env, hash: status.hash })
  }
  await seed({ env })
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const out = fs.openSync(serverLog, 'w')
  const server = startServer({ port, env, stdio: ['ignore', out, out] })
  await waitForHttp(`${base}/admin/login`, { child: server })
  log(`server up at ${base} (log: ${path.relative(ROOT, serverLog)})`)
  return { server, base }
}
