import { describe, expect, it } from 'vitest'

import { WeChatXmlError, buildTextReply, buildXml, parseMessage, parseXml, publishEventFrom } from '../../../channels/wechat/xml'
import { userEventXml, userImageXml, userVoiceXml } from '../../fakes/wechat-callback'

describe('parseXml', () => {
  it('reads a text message: CDATA and plain values', () => {
    const xml = `<xml>
  <ToUserName><![CDATA[gh_0123456789ab]]></ToUserName>
  <FromUserName><![CDATA[oUser_1]]></FromUserName>
  <CreateTime>1348831860</CreateTime>
  <MsgType><![CDATA[text]]></MsgType>
  <Content><![CDATA[  前后空格保留 <b>不是标签</b> & 不是实体 ]]></Content>
  <MsgId>1234567890123456</MsgId>
</xml>`
    expect(parseMessage(xml)).toEqual({
      ToUserName: 'gh_0123456789ab',
      FromUserName: 'oUser_1',
      CreateTime: '1348831860',
      MsgType: 'text',
      Content: '  前后空格保留 <b>不是标签</b> & 不是实体 ',
      MsgId: '1234567890123456',
    })
  })

  it('reads image, voice (Recognition) and event messages', () => {
    const base = { account: 'gh_1', openid: 'oU', createTime: 1 }
    expect(parseMessage(userImageXml({ ...base, picUrl: 'http://mmbiz.qpic.cn/a?b=1&c=2', mediaId: 'M1', msgId: 7 }))).toMatchObject({ MsgType: 'image', PicUrl: 'http://mmbiz.qpic.cn/a?b=1&c=2', MediaId: 'M1', MsgId: '7' })
    expect(parseMessage(userVoiceXml({ ...base, mediaId: 'V1', recognition: '我要投诉', msgId: 8 }))).toMatchObject({ MsgType: 'voice', Format: 'amr', Recognition: '我要投诉' })
    const event = parseMessage(userEventXml({ ...base, event: 'subscribe' }))
    expect(event).toMatchObject({ MsgType: 'event', Event: 'subscribe' })
    expect(event.MsgId).toBeUndefined()
  })

  it('decodes the predefined and numeric entities in plain text', () => {
    expect(parseXml('<xml><A>a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos; &#20013;&#x6587;</A></xml>').A).toBe('a <b> & "c" \'d\' 中文')
  })

  it('keeps nesting and repeated elements (PUBLISHJOBFINISH, as documented)', () => {
    const ok = `<xml><ToUserName><![CDATA[gh_4d00ed8d6399]]></ToUserName><FromUserName><![CDATA[mphelper]]></FromUserName>
<CreateTime>1481013459</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[PUBLISHJOBFINISH]]></Event>
<PublishEventInfo><publish_id>2247503051</publish_id><publish_status>0</publish_status>
<article_id><![CDATA[b5O2OUs25HBxRceL7hfReg-U9QGeq9zQjiDvyWP4Hq4]]></article_id>
<article_detail><count>2</count><item><idx>1</idx><article_url><![CDATA[https://mp.weixin.qq.com/s/one]]></article_url></item>
<item><idx>2</idx><article_url><![CDATA[https://mp.weixin.qq.com/s/two]]></article_url></item></article_detail>
</PublishEventInfo></xml>`
    expect(publishEventFrom(parseXml(ok))).toEqual({
      publish_id: '2247503051',
      publish_status: 0,
      article_id: 'b5O2OUs25HBxRceL7hfReg-U9QGeq9zQjiDvyWP4Hq4',
      article_urls: ['https://mp.weixin.qq.com/s/one', 'https://mp.weixin.qq.com/s/two'],
      fail_idx: [],
    })
    const failed = '<xml><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[PUBLISHJOBFINISH]]></Event><PublishEventInfo><publish_id>1</publish_id><publish_status>2</publish_status><fail_idx>1</fail_idx><fail_idx>2</fail_idx></PublishEventInfo></xml>'
    expect(publishEventFrom(parseXml(failed))).toMatchObject({ publish_status: 2, fail_idx: [1, 2], article_urls: [] })
    expect(publishEventFrom(parseXml(userEventXml({ account: 'gh', openid: 'o', event: 'subscribe' })))).toBeNull()
  })

  it('skips comments and the XML declaration', () => {
    expect(parseMessage('<?xml version="1.0" encoding="utf-8"?>\n<!-- hi --><xml><!-- c --><A>1</A></xml>')).toEqual({ A: '1' })
  })

  it('refuses XXE: DOCTYPE, ENTITY declarations and undeclared entities', () => {
    const xxe = '<?xml version="1.0"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><xml><Content>&xxe;</Content></xml>'
    expect(() => parseXml(xxe)).toThrow(/DOCTYPE/)
    expect(() => parseXml('<xml><!ENTITY a "b"><Content>x</Content></xml>')).toThrow(WeChatXmlError)
    expect(() => parseXml('<xml><Content>&xxe;</Content></xml>')).toThrow(/undeclared entity/)
    const billionLaughs = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><xml><A>&lol2;</A></xml>'
    expect(() => parseXml(billionLaughs)).toThrow(/DOCTYPE/)
    expect(() => parseXml('<xml><?php evil() ?><A>1</A></xml>')).toThrow(/processing instructions/)
  })

  it('lets a citizen write "<!DOCTYPE" inside CDATA: that is text, not markup', () => {
    expect(parseXml('<xml><Content><![CDATA[<!DOCTYPE x [<!ENTITY e "e">]> &e;]]></Content></xml>').Content).toBe('<!DOCTYPE x [<!ENTITY e "e">]> &e;')
  })

  it('refuses malformed, foreign, oversized and too deep documents', () => {
    expect(() => parseXml('<root><A>1</A></root>')).toThrow(/<xml>/)
    expect(() => parseXml('<xml><A>1</B></xml>')).toThrow(WeChatXmlError)
    expect(() => parseXml('<xml><A>1</A>')).toThrow(WeChatXmlError)
    expect(() => parseXml('<xml><A><![CDATA[1</A></xml>')).toThrow(/CDATA/)
    expect(() => parseXml('<xml></xml><xml></xml>')).toThrow(/after/)
    expect(() => parseXml('<xml><A>a & b</A></xml>')).toThrow(/unescaped/)
    expect(() => parseXml(`<xml><A>${'x'.repeat(2000)}</A></xml>`, { maxLength: 1000 })).toThrow(/larger/)
    expect(() => parseXml(`<xml>${'<a>'.repeat(40)}${'</a>'.repeat(40)}</xml>`)).toThrow(/deeper/)
    expect(() => parseXml('{"errcode":0}')).toThrow(WeChatXmlError)
  })
})

describe('building', () => {
  it('round-trips through buildXml, including "]]>" and XML-invalid control characters', () => {
    const content = 'a]]>b <c> & 中文\u0001\u0008 end'
    const xml = buildXml({ Content: content, CreateTime: 12, Nested: { item: [{ idx: 1 }, { idx: 2 }] } })
    const parsed = parseXml(xml)
    expect(parsed.Content).toBe('a]]>b <c> & 中文 end')
    expect(parsed.CreateTime).toBe('12')
    expect(parsed.Nested).toEqual({ item: [{ idx: '1' }, { idx: '2' }] })
    expect(() => buildXml({ 'bad name': 'x' })).toThrow(WeChatXmlError)
  })

  it('builds the passive text reply in the documented shape', () => {
    const xml = buildTextReply({ toUser: 'oUser_1', fromUser: 'gh_1', content: '已收到', createTime: 1700000000 })
    expect(xml).toBe('<xml><ToUserName><![CDATA[oUser_1]]></ToUserName><FromUserName><![CDATA[gh_1]]></FromUserName><CreateTime>1700000000</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[已收到]]></Content></xml>')
    expect(parseMessage(xml)).toMatchObject({ ToUserName: 'oUser_1', MsgType: 'text', Content: '已收到' })
  })
})
