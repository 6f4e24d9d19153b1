#!/usr/bin/env node
// `npm run hub -- …`: the CLI under tsx, retried when Node 20 dies while loading modules with
// exit 13 (see runTs in lib/hub.mjs: nothing of ours has run at that point, stdin is untouched).
import { runTs } from './lib/hub.mjs'

const code = await runTs(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...process.argv.slice(2)], { cwd: process.cwd() }, 8)
process.exit(code)
