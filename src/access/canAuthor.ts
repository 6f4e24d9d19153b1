import type { Access } from 'payload'

import { hasRole } from './principal'

/** Who may create content at all; the department of the new document is checked by a field rule. */
export const canAuthor: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')
