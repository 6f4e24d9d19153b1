import { performance } from 'node:perf_hooks'
Object.assign(process.env, { NODE_ENV: 'production', PAYLOAD_SECRET: 'x', OMNIHUB_TRIAGE_KICK: 'off' })
const { startTestHub } = await import('/work/main/test/helpers/hub')
const { acceptFeedback } = await import('/work/main/src/feedback/intake/accept')
const { processNewFeedback } = await import('/work/main/src/feedback/pipeline/process')
const hub = await startTestHub({ file: true })
const p = hub.payload
const ch = (await p.create({ collection: 'channels', data: { name: 'app', kind: 'app', enableAPIKey: true, apiKey: 'k'.repeat(40) } as never })).id
const texts = ['公积金提取申请已经提交十五个工作日了还没有到账，打电话一直占线，希望尽快处理。', '小区门口道路施工晚上十一点还有噪音，影响老人孩子休息。', '建议政务服务大厅周六开放半天，上班族工作日实在请不出假。']
let k = 0
const add = async (n: number) => { for (let i = 0; i < n; i++, k++) await acceptFeedback(p, { channel: 'app', sourceChannel: ch, kind: 'message', clientId: `c${k}`, text: texts[k % 3] } as never) }
for (const total of [1, 300, 600]) {
  await add(total === 1 ? 1 : 299); await processNewFeedback(p)
  await add(1)
  let t = performance.now(); await processNewFeedback(p); const one = performance.now() - t
  t = performance.now(); await processNewFeedback(p); const none = performance.now() - t
  console.log(`after ${k} items: triage run with 1 new item ${one.toFixed(0)} ms, with none ${none.toFixed(0)} ms`)
}
await hub.close(); process.exit(0)
