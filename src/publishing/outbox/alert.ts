import type { Payload } from 'payload'

import type { ChannelRecord, DeliveryRecord } from '../../../channels/types'

/** Who hears about a dead delivery: ALERT_EMAIL if set, else every admin and reviewer. */
async function recipients(payload: Payload): Promise<string[]> {
  if (process.env.ALERT_EMAIL) return process.env.ALERT_EMAIL.split(',').map((s) => s.trim()).filter(Boolean)
  const { docs } = await payload.find({
    collection: 'users',
    where: { role: { in: ['admin', 'reviewer'] } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs.map((u) => String(u.email)).filter(Boolean)
}

/** A delivery gave up: tell people by email, in Chinese, with what to do next. */
export async function sendDeliveryAlert(
  payload: Payload,
  delivery: DeliveryRecord & { title?: string },
  channel: ChannelRecord | null,
  error: string,
): Promise<void> {
  const to = await recipients(payload)
  if (!to.length) return
  const channelName = channel?.name ?? '未知渠道'
  const verb = delivery.action === 'withdraw' ? '撤回' : '发布'
  await payload.sendEmail({
    to,
    subject: `【投递失败】${delivery.title ?? delivery.key} 未能${verb}到「${channelName}」`,
    text: [
      `内容：${delivery.title ?? ''}（${delivery.key}）`,
      `渠道：${channelName}`,
      `动作：${verb}`,
      `尝试次数：${delivery.attempts}`,
      `错误：${error}`,
      '',
      '系统已停止自动重试。请排查原因后，在后台“渠道 → 投递记录”中点击重试。',
      `Delivery ${delivery.id} is dead after ${delivery.attempts} attempts: ${error}`,
    ].join('\n'),
  })
}
