import React from 'react'

import { HONEYPOT_FIELD } from '../../../feedback/intake/web/form'

const STYLE = `
.useful { border-top: 1px solid var(--line, #d0d7de); margin-top: 2em; padding-top: 1em; }
.useful h2 { font-size: 1.125em; margin: 0 0 .5em; }
.useful label { display: block; margin-bottom: .25em; }
.useful textarea { width: 100%; min-height: 4em; font: inherit; padding: .4em .6em; border: 2px solid #6e7781; }
.useful .actions { display: flex; flex-wrap: wrap; gap: .5em 1em; align-items: center; margin: .5em 0 0; }
.useful button { font: inherit; padding: .4em 1.5em; min-height: 2.5em; border: 2px solid #0b57d0; background: #fff; color: #0b57d0; font-weight: bold; cursor: pointer; }
.useful :focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
.useful .trap { position: absolute; left: -10000px; width: 1px; height: 1px; overflow: hidden; }
.useful [role='alert'] { border-left: 6px solid var(--brand, #b3261e); padding-left: .75em; }
`

interface Props {
  /** The guide's item code (事项编码). */
  guide: string
  /** `?useful=` as the vote's redirect left it: `thanks` or `error`. */
  outcome?: string
  elder?: boolean
  /** This page's site path; default `/guides/<guide>`. */
  pageUrl?: string
}

/**
 * 页面是否有用 at the foot of a guide page: optional words, then 有用 / 没用 (one press sends).
 * A plain form, no JavaScript: POST /feedback/useful answers 303 back to this page with
 * `?useful=thanks|error#useful`, and the page passes that in as `outcome`.
 */
export function UsefulForm({ guide, outcome, elder = false, pageUrl }: Props) {
  const page = pageUrl ?? `/guides/${encodeURIComponent(guide)}`
  const leaveMessage = `/feedback?guide=${encodeURIComponent(guide)}${elder ? '&elder=1' : ''}`
  if (outcome === 'thanks') {
    return (
      <section id="useful" className="useful">
        <style dangerouslySetInnerHTML={{ __html: STYLE }} />
        <p role="status">感谢您的反馈！我们会据此改进办事指南。需要答复的问题请 <a href={leaveMessage}>我要留言</a>。</p>
      </section>
    )
  }
  return (
    <section id="useful" className="useful" aria-labelledby="useful-title">
      <style dangerouslySetInnerHTML={{ __html: STYLE }} />
      <form method="post" action="/feedback/useful">
        <h2 id="useful-title">本页内容对您有用吗？</h2>
        {outcome === 'error' && <p role="alert">未能提交，请点击“有用”或“没用”再试一次。</p>}
        <input type="hidden" name="guide" value={guide} />
        <input type="hidden" name="page" value={page} />
        {elder && <input type="hidden" name="elder" value="1" />}
        <label htmlFor="useful-text">补充说明（选填）：哪里没写清楚、有错误或缺少内容？请不要填写身份证号、电话等个人信息。</label>
        <textarea id="useful-text" name="text" maxLength={500} />
        <div className="trap" aria-hidden="true">
          <label htmlFor="useful-homepage">请勿填写此项</label>
          <input id="useful-homepage" name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <p className="actions">
          <button type="submit" name="useful" value="yes">有用</button>
          <button type="submit" name="useful" value="no">没用</button>
          <a href={leaveMessage}>需要答复？我要留言</a>
        </p>
      </form>
    </section>
  )
}
