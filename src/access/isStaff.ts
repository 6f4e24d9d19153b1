import type { Access } from 'payload'

import { staffOf } from './principal'

/** Any logged-in staff member; channel API keys and the public are refused. */
export const isStaff: Access = ({ req }) => staffOf(req.user) !== null
