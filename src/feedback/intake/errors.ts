/** A refused item: HTTP status, the field at fault and the reason in Chinese and English. */
export class IntakeError extends Error {
  constructor(
    readonly field: string,
    readonly zh: string,
    readonly en: string,
    readonly status = 400,
  ) {
    super(`${zh} / ${en}`)
  }

  toJSON() {
    return { field: this.field, message: this.message, zh: this.zh, en: this.en }
  }
}
