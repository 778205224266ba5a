import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_relying_parties_auth_method" AS ENUM('client_secret_basic', 'private_key_jwt');
  ALTER TABLE "relying_parties" ADD COLUMN "auth_method" "enum_relying_parties_auth_method" DEFAULT 'client_secret_basic';
  ALTER TABLE "relying_parties" ADD COLUMN "jwks_uri" varchar;
  ALTER TABLE "relying_parties" ADD COLUMN "jwks" jsonb;
  ALTER TABLE "relying_parties" ADD COLUMN "require_par" boolean DEFAULT false;
  ALTER TABLE "relying_parties" ADD COLUMN "dpop" boolean DEFAULT false;
  ALTER TABLE "relying_parties" ADD COLUMN "high_assurance" boolean DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "relying_parties" DROP COLUMN "auth_method";
  ALTER TABLE "relying_parties" DROP COLUMN "jwks_uri";
  ALTER TABLE "relying_parties" DROP COLUMN "jwks";
  ALTER TABLE "relying_parties" DROP COLUMN "require_par";
  ALTER TABLE "relying_parties" DROP COLUMN "dpop";
  ALTER TABLE "relying_parties" DROP COLUMN "high_assurance";
  DROP TYPE "public"."enum_relying_parties_auth_method";`)
}
