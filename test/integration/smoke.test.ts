import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestHub, type TestHub } from '../helpers/hub'

let hub: TestHub
beforeAll(async () => {
  hub = await startTestHub()
})
afterAll(async () => hub?.close())

describe('smoke', () => {
  it('creates a department', async () => {
    const d = await hub.payload.create({ collection: 'departments', data: { code: 'SCJGJ', name: '示范市市场监督管理局' } })
    expect(d.id).toBeTruthy()
  })
})
