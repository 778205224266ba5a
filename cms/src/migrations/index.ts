import * as migration_20261130_154514_initial from './20261130_154514_initial';
import * as migration_20261130_171012_citizen_pages from './20261130_171012_citizen_pages';
import * as migration_20261130_171632_national_catalogue from './20261130_171632_national_catalogue';
import * as migration_20261130_172400_editorial_integrity from './20261130_172400_editorial_integrity';
import * as migration_20261130_175048_publishing from './20261130_175048_publishing';
import * as migration_20261130_180101_sso from './20261130_180101_sso';
import * as migration_20261130_183546_merged_branches from './20261130_183546_merged_branches';
import * as migration_20261130_201500_audit_append_only from './20261130_201500_audit_append_only';
import * as migration_20261130_202537_sso_fapi from './20261130_202537_sso_fapi';
import * as migration_20261130_205040_citizen_verification from './20261130_205040_citizen_verification';
import * as migration_20261130_213716_merged_sso from './20261130_213716_merged_sso';
import * as migration_20261130_231657_account_kinds from './20261130_231657_account_kinds';
import * as migration_20261201_072050_dossiers from './20261201_072050_dossiers';

export const migrations = [
  {
    up: migration_20261130_154514_initial.up,
    down: migration_20261130_154514_initial.down,
    name: '20261130_154514_initial',
  },
  {
    up: migration_20261130_171012_citizen_pages.up,
    down: migration_20261130_171012_citizen_pages.down,
    name: '20261130_171012_citizen_pages',
  },
  {
    up: migration_20261130_171632_national_catalogue.up,
    down: migration_20261130_171632_national_catalogue.down,
    name: '20261130_171632_national_catalogue',
  },
  {
    up: migration_20261130_172400_editorial_integrity.up,
    down: migration_20261130_172400_editorial_integrity.down,
    name: '20261130_172400_editorial_integrity',
  },
  {
    up: migration_20261130_175048_publishing.up,
    down: migration_20261130_175048_publishing.down,
    name: '20261130_175048_publishing',
  },
  {
    up: migration_20261130_180101_sso.up,
    down: migration_20261130_180101_sso.down,
    name: '20261130_180101_sso',
  },
  {
    up: migration_20261130_183546_merged_branches.up,
    down: migration_20261130_183546_merged_branches.down,
    name: '20261130_183546_merged_branches',
  },
  {
    up: migration_20261130_201500_audit_append_only.up,
    down: migration_20261130_201500_audit_append_only.down,
    name: '20261130_201500_audit_append_only',
  },
  {
    up: migration_20261130_202537_sso_fapi.up,
    down: migration_20261130_202537_sso_fapi.down,
    name: '20261130_202537_sso_fapi',
  },
  {
    up: migration_20261130_205040_citizen_verification.up,
    down: migration_20261130_205040_citizen_verification.down,
    name: '20261130_205040_citizen_verification',
  },
  {
    up: migration_20261130_213716_merged_sso.up,
    down: migration_20261130_213716_merged_sso.down,
    name: '20261130_213716_merged_sso',
  },
  {
    up: migration_20261130_231657_account_kinds.up,
    down: migration_20261130_231657_account_kinds.down,
    name: '20261130_231657_account_kinds',
  },
  {
    up: migration_20261201_072050_dossiers.up,
    down: migration_20261201_072050_dossiers.down,
    name: '20261201_072050_dossiers'
  },
];
