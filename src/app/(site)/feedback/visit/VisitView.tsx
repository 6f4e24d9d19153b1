import React from 'react'

import { formatDate } from '../../../../../templates/shared/dates'
import { RATING_LABELS } from '../../../../feedback/labels'
import { visitPath } from '../../../../feedback/answer/visit'
import { SiteShell } from '../../_components/shell'

export interface VisitViewData {
  caseNo: string
  receivedAt: string
  closedAt: string | null
  department: string
  maskedText: string
  open: boolean
  rating: number | null
  reopened: boolean
  rectificationDue: string | null
}

export const VISIT_ERRORS: Record<string, string> = {
  rating: '请选择一项评价后再提交。',
  done: '已收到您的评价，无需重复提交。',
  invalid: '评价链接无效或已失效。',
  failed: '提交未成功，请稍后再试，或拨打 12345 政务服务便民热线。',
}

const STYLE = `
.visit fieldset { border: 1px solid #999; padding: .75rem 1rem; margin: 1rem 0; }
.visit legend { font-weight: bold; padding: 0 .25rem; }
.visit label { display: block; padding: .4rem 0; }
.visit input[type='radio'] { width: 1.2em; height: 1.2em; margin-right: .5rem; vertical-align: middle; }
.visit textarea { width: 100%; min-height: 5rem; font: inherit; }
.visit button { font: inherit; padding: .5rem 1.5rem; margin-top: .75rem; }
`

/**
 * 回访 page: a plain HTML form (no JavaScript needed) posting to ./submit. After the post the same
 * link shows what was recorded; a 1–2 rating says the case is being worked again, with the deadline.
 */
export function VisitView({ token, data, error, elder }: { token: string; data: VisitViewData | null; error?: string | null; elder: boolean }) {
  const path = visitPath(token)
  return (
    <SiteShell path={path} elder={elder} crumbs={[{ label: '办理结果评价' }]}>
      <style dangerouslySetInnerHTML={{ __html: STYLE }} />
      <h1>办理结果评价</h1>
      {error && VISIT_ERRORS[error] && (
        <p role="alert" className="expired">
          {VISIT_ERRORS[error]}
        </p>
      )}
      {!data ? (
        <p>评价链接无效或已失效。如需咨询，请拨打 12345 政务服务便民热线。</p>
      ) : (
        <div className="visit">
          <dl>
            <dt>受理编号</dt>
            <dd>{data.caseNo}</dd>
            <dt>受理日期</dt>
            <dd>{formatDate(data.receivedAt)}</dd>
            <dt>办理部门</dt>
            <dd>{data.department}</dd>
            {data.closedAt && (
              <>
                <dt>办结日期</dt>
                <dd>{formatDate(data.closedAt)}</dd>
              </>
            )}
          </dl>
          {data.maskedText && <p>您反映的问题：{data.maskedText}</p>}
          {data.open ? (
            <form method="post" action={`${path}/submit`}>
              {elder && <input type="hidden" name="elder" value="1" />}
              <fieldset>
                <legend>您对本次办理结果是否满意？</legend>
                {[5, 4, 3, 2, 1].map((n) => (
                  <label key={n}>
                    <input type="radio" name="rating" value={n} required />
                    {RATING_LABELS[n]}
                  </label>
                ))}
              </fieldset>
              <label htmlFor="visit-comment">意见建议（选填，请勿填写个人信息）</label>
              <textarea id="visit-comment" name="comment" maxLength={300} />
              <button type="submit">提交评价</button>
            </form>
          ) : data.rating !== null ? (
            <section role="status">
              <p>
                已收到您的评价：<strong>{RATING_LABELS[data.rating]}</strong>。感谢您的监督！
              </p>
              {data.reopened && data.rectificationDue && (
                <p>我们已重新办理该诉求，将于 {formatDate(data.rectificationDue)} 前完成整改并再次答复您。</p>
              )}
            </section>
          ) : (
            <p>该诉求正在重新办理，办结后将再次邀请您评价。</p>
          )}
        </div>
      )}
    </SiteShell>
  )
}
