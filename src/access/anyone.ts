import type { Access } from 'payload'

/** Public data (department names and phones are printed on every guide). */
export const anyone: Access = () => true
