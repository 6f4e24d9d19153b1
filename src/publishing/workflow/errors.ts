/** A refused transition: HTTP status plus a reason in Chinese and English. */
export class WorkflowError extends Error {
  readonly status: number
  readonly zh: string
  readonly en: string
  constructor(status: number, zh: string, en: string) {
    super(`${zh} / ${en}`)
    this.name = 'WorkflowError'
    this.status = status
    this.zh = zh
    this.en = en
  }
}
