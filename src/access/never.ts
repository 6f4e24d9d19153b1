import type { FieldAccess } from 'payload'

/** Secrets: written through a write-only input, never returned by any API, admin included. */
export const never: FieldAccess = () => false
