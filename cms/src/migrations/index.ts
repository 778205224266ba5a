import * as migration_20261130_144059_initial from './20261130_144059_initial';

export const migrations = [
  {
    up: migration_20261130_144059_initial.up,
    down: migration_20261130_144059_initial.down,
    name: '20261130_144059_initial'
  },
];
