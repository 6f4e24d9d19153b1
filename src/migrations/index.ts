import * as migration_20261126_211535_initial from './20261126_211535_initial';
import * as migration_20261126_232200_feedback_reporting from './20261126_232200_feedback_reporting';

export const migrations = [
  {
    up: migration_20261126_211535_initial.up,
    down: migration_20261126_211535_initial.down,
    name: '20261126_211535_initial',
  },
  {
    up: migration_20261126_232200_feedback_reporting.up,
    down: migration_20261126_232200_feedback_reporting.down,
    name: '20261126_232200_feedback_reporting'
  },
];
