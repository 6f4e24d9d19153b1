import type { Payload } from 'payload'

/** A complete, realistic service guide for department `department` (a relation id). */
export function guideData(department: number | string, overrides: Record<string, unknown> = {}) {
  return {
    code: '11370100MB0000999-XK-001',
    title: '食品经营许可证核发（测试）',
    department,
    itemType: 'licensing',
    audience: 'corporate',
    themes: ['开办企业'],
    summary: '从事食品销售和餐饮服务的经营者，应当依法取得食品经营许可。',
    legalBasis: [{ text: '《中华人民共和国食品安全法》' }],
    conditions: [{ text: '具有与经营的食品品种、数量相适应的经营场所' }],
    materials: [{ name: '食品经营许可申请书', form: 'original', copies: 1, note: '网上填报后自动生成' }],
    steps: [
      { name: '申请', description: '登录政务服务网在线申请。' },
      { name: '审查', description: '市场监管部门审查材料，必要时现场核查。' },
    ],
    legalLimitDays: 10,
    promisedLimitDays: 5,
    fee: { charged: false, description: '不收费。' },
    consultPhone: '0531-80001101',
    onlineUrl: 'https://zwfw.example.cn/guide/test',
    onlineDepth: '4',
    maxVisits: 0,
    ...overrides,
  }
}

export async function department(payload: Payload, code: string, name: string) {
  return payload.create({ collection: 'departments', data: { code, name } })
}

export async function staff(
  payload: Payload,
  email: string,
  role: string,
  departments: Array<number | string>,
  password = 'test-password-1',
) {
  const user = await payload.create({
    collection: 'users',
    data: { email, password, name: email.split('@')[0], role, departments } as never,
  })
  return { ...user, collection: 'users' as const }
}
