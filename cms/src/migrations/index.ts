import * as migration_20261130_154514_initial from './20261130_154514_initial';
import * as migration_20261130_172400_editorial_integrity from './20261130_172400_editorial_integrity';

export const migrations = [
  {
    up: migration_20261130_154514_initial.up,
    down: migration_20261130_154514_initial.down,
    name: '20261130_154514_initial',
  },
  {
    up: migration_20261130_172400_editorial_integrity.up,
    down: migration_20261130_172400_editorial_integrity.down,
    name: '20261130_172400_editorial_integrity'
  },
];
