import * as migration_20261130_154514_initial from './20261130_154514_initial';
import * as migration_20261130_180101_sso from './20261130_180101_sso';

export const migrations = [
  {
    up: migration_20261130_154514_initial.up,
    down: migration_20261130_154514_initial.down,
    name: '20261130_154514_initial',
  },
  {
    up: migration_20261130_180101_sso.up,
    down: migration_20261130_180101_sso.down,
    name: '20261130_180101_sso'
  },
];
