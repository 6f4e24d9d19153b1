/**
 * A second hub process for crash tests: opens the hub on the SQLite file given as argv[2] and runs
 * the outbox in a loop until it is killed. Prints "ready" once it is working.
 */
import { buildConfig, getPayload } from 'payload'

import { hubConfig } from '../../src/config/hubConfig'
import { processDue } from '../../src/publishing/outbox/worker'

process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = 'true'
const config = await buildConfig(hubConfig({ databaseUri: `file:${process.argv[2]}`, secret: 'test-secret' }))
const payload = await getPayload({ config })
process.stdout.write('ready\n')
for (;;) {
  await processDue(payload).catch((err) => process.stderr.write(`${err}\n`))
  await new Promise((r) => setTimeout(r, 20))
}
