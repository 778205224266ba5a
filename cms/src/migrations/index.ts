import * as migration_20261130_154514_initial from './20261130_154514_initial';
import * as migration_20261130_175048_publishing from './20261130_175048_publishing';

export const migrations = [
  {
    up: migration_20261130_154514_initial.up,
    down: migration_20261130_154514_initial.down,
    name: '20261130_154514_initial',
  },
  {
    up: migration_20261130_175048_publishing.up,
    down: migration_20261130_175048_publishing.down,
    name: '20261130_175048_publishing'
  },
];
