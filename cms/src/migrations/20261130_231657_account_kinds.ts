import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_citizens_kind" AS ENUM('citizen', 'foreigner', 'business');
  ALTER TYPE "public"."enum_citizens_identity_verified" ADD VALUE 'business-registry';
  DROP INDEX "citizens_citizen_id_idx";
  ALTER TABLE "citizens" ALTER COLUMN "citizen_id" DROP NOT NULL;
  ALTER TABLE "citizens" ALTER COLUMN "birth_date" DROP NOT NULL;
  ALTER TABLE "citizens" ADD COLUMN "kind" "enum_citizens_kind" DEFAULT 'citizen' NOT NULL;
  ALTER TABLE "citizens" ADD COLUMN "login_id" varchar;
  -- Accounts from before kinds are citizens': their login key is their number (sso/accounts/login-id.ts).
  UPDATE "citizens" SET "login_id" = "citizen_id";
  ALTER TABLE "citizens" ALTER COLUMN "login_id" SET NOT NULL;
  ALTER TABLE "citizens" ADD COLUMN "passport_number" varchar;
  ALTER TABLE "citizens" ADD COLUMN "nationality" varchar;
  ALTER TABLE "citizens" ADD COLUMN "enterprise_code" varchar;
  ALTER TABLE "citizens" ADD COLUMN "business_name" varchar;
  CREATE UNIQUE INDEX "citizens_login_id_idx" ON "citizens" USING btree ("login_id");
  CREATE INDEX "citizens_passport_number_idx" ON "citizens" USING btree ("passport_number");
  CREATE INDEX "citizens_enterprise_code_idx" ON "citizens" USING btree ("enterprise_code");
  CREATE INDEX "citizens_citizen_id_idx" ON "citizens" USING btree ("citizen_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  -- Foreigners' and businesses' accounts have no place in the older schema.
  DELETE FROM "citizens" WHERE "kind" <> 'citizen';
   ALTER TABLE "citizens" ALTER COLUMN "identity_verified" SET DATA TYPE text;
  ALTER TABLE "citizens" ALTER COLUMN "identity_verified" SET DEFAULT 'registry'::text;
  DROP TYPE "public"."enum_citizens_identity_verified";
  CREATE TYPE "public"."enum_citizens_identity_verified" AS ENUM('registry', 'e-id');
  ALTER TABLE "citizens" ALTER COLUMN "identity_verified" SET DEFAULT 'registry'::"public"."enum_citizens_identity_verified";
  ALTER TABLE "citizens" ALTER COLUMN "identity_verified" SET DATA TYPE "public"."enum_citizens_identity_verified" USING "identity_verified"::"public"."enum_citizens_identity_verified";
  DROP INDEX "citizens_login_id_idx";
  DROP INDEX "citizens_passport_number_idx";
  DROP INDEX "citizens_enterprise_code_idx";
  DROP INDEX "citizens_citizen_id_idx";
  ALTER TABLE "citizens" ALTER COLUMN "citizen_id" SET NOT NULL;
  ALTER TABLE "citizens" ALTER COLUMN "birth_date" SET NOT NULL;
  CREATE UNIQUE INDEX "citizens_citizen_id_idx" ON "citizens" USING btree ("citizen_id");
  ALTER TABLE "citizens" DROP COLUMN "kind";
  ALTER TABLE "citizens" DROP COLUMN "login_id";
  ALTER TABLE "citizens" DROP COLUMN "passport_number";
  ALTER TABLE "citizens" DROP COLUMN "nationality";
  ALTER TABLE "citizens" DROP COLUMN "enterprise_code";
  ALTER TABLE "citizens" DROP COLUMN "business_name";
  DROP TYPE "public"."enum_citizens_kind";`)
}
