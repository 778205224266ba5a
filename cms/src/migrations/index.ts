import * as migration_20261130_154514_initial from './20261130_154514_initial';

export const migrations = [
  {
    up: migration_20261130_154514_initial.up,
    down: migration_20261130_154514_initial.down,
    name: '20261130_154514_initial'
  },
];
