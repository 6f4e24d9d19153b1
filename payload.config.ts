import { buildConfig } from 'payload'

import { hubConfig } from './src/config/hubConfig'

export default buildConfig(hubConfig())
