/** What a follower reads in the official account's chat (passive replies). */

export const WELCOME =
  '感谢关注！您可以直接在这里发送文字、语音或图片，咨询办事、反映问题或提出建议，我们受理后会通过公众号答复您。'

export const acknowledged = (caseNo: string) => `您的留言已收到，受理编号 ${caseNo}，我们将尽快答复。`

export const UNSUPPORTED = '暂不支持此类消息，请发送文字、语音、图片或视频留言。'

/** An item the intake refused (too long, empty): the reason, and that nothing was recorded. */
export const refused = (reason: string) => `留言未能受理：${reason}。请修改后重新发送。`
