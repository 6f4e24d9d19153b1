/**
 * Top-3 hit rate of smart search on a query set (default: ../shared/fixtures/search-dev.jsonl).
 *
 *   npx tsx bench/search-relevance.ts [--file other.jsonl] [--verbose]
 *
 * A line is a hit when one of its `expected` item codes is among the first three guides, or, for
 * lines with `expectedDepartment`, when one of the first three guides belongs to that department.
 */
import fs from 'node:fs'
import path from 'node:path'

import { searchGuides } from '../src/search'
import { searchService } from '../src/search/service'
import { FIXTURES, openFixtureHub } from './search-hub'

interface Line {
  query: string
  expected?: string[]
  /** Our own sets only: a hit when a top-3 code starts with one of these. */
  expectedPrefix?: string[]
  expectedDepartment?: string
}

const args = process.argv.slice(2)
const fileArg = args.indexOf('--file')
const file = fileArg >= 0 ? path.resolve(args[fileArg + 1]!) : path.join(FIXTURES, 'search-dev.jsonl')
const verbose = args.includes('--verbose')

const lines: Line[] = fs
  .readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Line)

const hub = await openFixtureHub()
try {
  const t0 = performance.now()
  await searchService(hub.payload).ready()
  const buildMs = performance.now() - t0
  let hits = 0
  const misses: string[] = []
  for (const line of lines) {
    const res = await searchGuides(hub.payload, line.query, {}, { limit: 3, recordGaps: false })
    const top = res.hits.slice(0, 3)
    const ok = line.expectedDepartment
      ? top.some((h) => h.department?.code === line.expectedDepartment)
      : top.some((h) => line.expected?.includes(h.code) || line.expectedPrefix?.some((p) => h.code.startsWith(p)))
    if (ok) hits++
    const shown = top.map((h) => `${h.code} ${h.title} [${h.department?.code ?? '?'}]`).join(' | ') || '(nothing)'
    const want = line.expectedDepartment ? `department ${line.expectedDepartment}` : (line.expected ?? line.expectedPrefix ?? []).join(', ')
    if (!ok) misses.push(`  ✗ ${line.query}\n      want ${want}\n      got  ${shown}`)
    else if (verbose) console.log(`  ✓ ${line.query}  ->  ${shown}`)
  }
  const rate = (100 * hits) / lines.length
  console.log(`\nsearch relevance: ${path.basename(file)}, ${lines.length} queries`)
  console.log(`fixture import ${(hub.importMs / 1000).toFixed(1)} s, index build ${buildMs.toFixed(0)} ms`)
  console.log(`top-3 hit rate: ${hits}/${lines.length} = ${rate.toFixed(1)}% (target >= 95%)`)
  console.log(misses.length ? `misses:\n${misses.join('\n')}` : 'misses: none')
} finally {
  await hub.close()
}
