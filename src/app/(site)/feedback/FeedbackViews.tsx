import React from 'react'

import type { FormValues } from '../../../feedback/intake/web/drafts'
import { HONEYPOT_FIELD, MAX_NAME, REPLY_CHOICES } from '../../../feedback/intake/web/form'
import { MAX_TEXT } from '../../../feedback/intake/validate'
import { siteHref } from '../_components/elder'
import { SiteShell } from '../_components/shell'

/** Form controls by the intake field an error names, for the error summary's links. */
const CONTROL_OF: Record<string, string> = {
  text: 'fb-text',
  'contact.name': 'fb-name',
  'contact.replyVia': 'fb-reply-phone',
  'contact.phone': 'fb-phone',
  'contact.email': 'fb-email',
}

/** When the refused form itself is gone (expired, or another hub process), the field still says what to fix. */
export const GENERIC_ERRORS: Record<string, string> = {
  text: '请填写留言内容（最多 2000 字）。',
  'contact.name': `称呼最多 ${MAX_NAME} 字。`,
  'contact.replyVia': '请选择答复方式。',
  'contact.phone': '请填写正确的联系电话。',
  'contact.email': '请填写正确的电子邮箱。',
  body: '提交的内容无法识别，请重新填写。',
  form: '提交未成功，请稍后再试，或拨打 12345 政务服务便民热线。',
}

const STYLE = `
.fb label, .fb legend { display: block; font-weight: bold; margin-top: 1em; }
.fb .hint { display: block; font-weight: normal; color: var(--muted); font-size: .9375em; }
.fb textarea, .fb input[type='text'], .fb input[type='tel'], .fb input[type='email'] { width: 100%; font: inherit; padding: .4em .6em; border: 2px solid #6e7781; min-height: 2.5em; }
.fb textarea { min-height: 10em; }
.fb fieldset { border: 2px solid var(--line); padding: .5em 1em 1em; margin: 1em 0; }
.fb fieldset label { display: flex; align-items: center; gap: .5em; min-height: 2.5em; margin: 0; font-weight: normal; cursor: pointer; }
.fb input[type='radio'] { width: 1.25em; height: 1.25em; margin: 0; accent-color: var(--brand); }
.fb [aria-invalid='true'] { border-color: var(--brand); border-width: 3px; }
.fb .field-error { color: var(--brand); font-weight: bold; margin: .25em 0 0; }
.fb button { font: inherit; margin-top: 1em; padding: .5em 1.5em; min-height: 2.5em; background: var(--brand); color: #fff; border: 2px solid var(--brand); cursor: pointer; }
.fb :focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
.fb .trap, .visually-hidden { position: absolute; left: -10000px; width: 1px; height: 1px; overflow: hidden; }
.fb-consent { border-left: 6px solid var(--line); padding: .25em 0 .25em 1em; color: var(--muted); font-size: .9375em; }
.error-summary { border: 3px solid var(--brand); padding: .5em 1em; margin: 0 0 1em; }
.error-summary h2 { margin: 0 0 .25em; font-size: 1.125em; }
`

export interface FormError {
  field: string
  message: string
}

interface FormProps {
  values: FormValues
  guide: { code: string; title: string } | null
  error: FormError | null
  elder: boolean
}

function FieldError({ id, error }: { id: string; error: string | null }) {
  return error ? (
    <p className="field-error" id={`${id}-error`}>
      <span className="visually-hidden">错误：</span>
      {error}
    </p>
  ) : null
}

/**
 * 我要留言: a plain HTML form (works without JavaScript) posting to /feedback/submit. A refused
 * post comes back here with an error summary on top, the message at the field and what was typed.
 */
export function FeedbackFormView({ values, guide, error, elder }: FormProps) {
  const errorAt = (field: string) => (error?.field === field ? error.message : null)
  const invalid = (field: string, id: string) =>
    error?.field === field ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-error` } : {}
  const control = error ? CONTROL_OF[error.field] : undefined
  return (
    <SiteShell path="/feedback" elder={elder} crumbs={[{ label: '我要留言' }]}>
      <style dangerouslySetInnerHTML={{ __html: STYLE }} />
      <h1>我要留言</h1>
      {error && (
        <div className="error-summary" role="alert" aria-labelledby="fb-error-title" tabIndex={-1}>
          <h2 id="fb-error-title">提交未成功</h2>
          <p>{control ? <a href={`#${control}`}>{error.message}</a> : error.message}</p>
        </div>
      )}
      <p>您可以在这里咨询、投诉、提建议。我们会将留言转交承办部门办理，并按您选择的方式答复。紧急情况请拨打 110、119、120。</p>
      {guide && (
        <p>
          关于办事事项：<a href={siteHref(`/guides/${encodeURIComponent(guide.code)}`, elder)}>{guide.title}</a>
        </p>
      )}
      <form method="post" action="/feedback/submit" className="fb">
        <input type="hidden" name="formId" value={values.formId} />
        {guide && <input type="hidden" name="guide" value={guide.code} />}
        {elder && <input type="hidden" name="elder" value="1" />}
        <label htmlFor="fb-text">
          留言内容（必填）
          <span className="hint">请写明事项、时间、地点和您的诉求，最多 {MAX_TEXT.default} 字。</span>
        </label>
        <textarea id="fb-text" name="text" required maxLength={MAX_TEXT.default} defaultValue={values.text} {...invalid('text', 'fb-text')} />
        <FieldError id="fb-text" error={errorAt('text')} />
        <label htmlFor="fb-name">
          称呼（选填）<span className="hint">如“张先生”，最多 {MAX_NAME} 字。</span>
        </label>
        <input id="fb-name" name="name" type="text" autoComplete="name" maxLength={MAX_NAME} defaultValue={values.name} {...invalid('contact.name', 'fb-name')} />
        <FieldError id="fb-name" error={errorAt('contact.name')} />
        <fieldset {...(error?.field === 'contact.replyVia' ? { 'aria-describedby': 'fb-reply-error' } : {})}>
          <legend>答复方式（必选）</legend>
          {REPLY_CHOICES.map((c) => (
            <label key={c.value}>
              <input type="radio" id={`fb-reply-${c.value}`} name="replyVia" value={c.value} required defaultChecked={values.replyVia === c.value} />
              {c.label}
            </label>
          ))}
          <FieldError id="fb-reply" error={errorAt('contact.replyVia')} />
        </fieldset>
        <label htmlFor="fb-phone">
          联系电话<span className="hint">选择电话答复时必填。</span>
        </label>
        <input id="fb-phone" name="phone" type="tel" autoComplete="tel" maxLength={20} defaultValue={values.phone} {...invalid('contact.phone', 'fb-phone')} />
        <FieldError id="fb-phone" error={errorAt('contact.phone')} />
        <label htmlFor="fb-email">
          电子邮箱<span className="hint">选择邮件答复时必填。</span>
        </label>
        <input id="fb-email" name="email" type="email" autoComplete="email" maxLength={254} defaultValue={values.email} {...invalid('contact.email', 'fb-email')} />
        <FieldError id="fb-email" error={errorAt('contact.email')} />
        <div className="trap" aria-hidden="true">
          <label htmlFor="fb-homepage">请勿填写此项</label>
          <input id="fb-homepage" name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <p className="fb-consent">
          个人信息说明：您填写的称呼、电话和邮箱只用于办理和答复本条留言，仅承办部门的答复人员可以查看；留言和答复如在网站公开，将隐去其中的个人信息。请不要在留言内容中填写身份证号、银行卡号等敏感信息。提交即表示您同意我们为办理本留言处理上述信息。
        </p>
        <button type="submit">提交留言</button>
      </form>
    </SiteShell>
  )
}

/** After a stored message: the case number to quote on the phone. Without one (a bot, or a bad link) just thanks. */
export function ThanksView({ caseNo, elder }: { caseNo: string | null; elder: boolean }) {
  return (
    <SiteShell path="/feedback/thanks" elder={elder} crumbs={[{ href: '/feedback', label: '我要留言' }, { label: '提交成功' }]}>
      <section role="status">
        <h1>留言已收到</h1>
        {caseNo ? (
          <>
            <p>
              受理编号：<strong className="case-no">{caseNo}</strong>
            </p>
            <p>请记下受理编号，查询办理进度或拨打 12345 时可以报这个编号。我们将按您选择的方式答复。</p>
          </>
        ) : (
          <p>感谢您的留言，我们会尽快转交承办部门办理。</p>
        )}
      </section>
      <p>
        <a href={siteHref('/qa', elder)}>查看公开答复</a> · <a href={siteHref('/', elder)}>返回首页</a>
      </p>
    </SiteShell>
  )
}
