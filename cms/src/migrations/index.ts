import * as migration_20261130_154514_initial from './20261130_154514_initial';
import * as migration_20261130_172453_sso_citizens from './20261130_172453_sso_citizens';

export const migrations = [
  {
    up: migration_20261130_154514_initial.up,
    down: migration_20261130_154514_initial.down,
    name: '20261130_154514_initial',
  },
  {
    up: migration_20261130_172453_sso_citizens.up,
    down: migration_20261130_172453_sso_citizens.down,
    name: '20261130_172453_sso_citizens'
  },
];
