import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { applyVietnameseCollation } from '../lib/vietnamese-collation.ts'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_procedures_levels" AS ENUM('central', 'province', 'commune', 'district', 'other');
  CREATE TYPE "public"."enum_procedures_review_flags" AS ENUM('time-unit-unknown', 'time-unreadable', 'methods-unreadable', 'documents-unreadable', 'legal-basis-unreadable', 'steps-missing', 'result-missing', 'subject-unknown', 'agency-unmapped', 'level-unknown');
  CREATE TYPE "public"."enum__procedures_v_version_levels" AS ENUM('central', 'province', 'commune', 'district', 'other');
  CREATE TYPE "public"."enum__procedures_v_version_review_flags" AS ENUM('time-unit-unknown', 'time-unreadable', 'methods-unreadable', 'documents-unreadable', 'legal-basis-unreadable', 'steps-missing', 'result-missing', 'subject-unknown', 'agency-unmapped', 'level-unknown');
  ALTER TYPE "public"."enum_procedures_subjects" ADD VALUE 'public-official';
  ALTER TYPE "public"."enum_procedures_methods_time_unit" ADD VALUE 'unknown';
  ALTER TYPE "public"."enum__procedures_v_version_subjects" ADD VALUE 'public-official';
  ALTER TYPE "public"."enum__procedures_v_version_methods_time_unit" ADD VALUE 'unknown';
  ALTER TYPE "public"."enum_agencies_kind" ADD VALUE 'judicial-body';
  CREATE TABLE "procedures_levels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_procedures_levels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "procedures_related_procedures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"code" varchar
  );
  
  CREATE TABLE "procedures_related_procedures_locales" (
  	"name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "procedures_review_flags" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_procedures_review_flags",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_procedures_v_version_levels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__procedures_v_version_levels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_procedures_v_version_related_procedures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_procedures_v_version_related_procedures_locales" (
  	"name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_procedures_v_version_review_flags" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__procedures_v_version_review_flags",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  DROP INDEX "procedures_level_idx";
  DROP INDEX "_procedures_v_version_version_level_idx";
  ALTER TABLE "procedures_methods_locales" ADD COLUMN "description" varchar;
  ALTER TABLE "procedures_documents" ADD COLUMN "form_file" varchar;
  ALTER TABLE "procedures" ADD COLUMN "review_note" varchar;
  ALTER TABLE "procedures" ADD COLUMN "import_hash" varchar;
  ALTER TABLE "procedures_locales" ADD COLUMN "agency_names_implementing" varchar;
  ALTER TABLE "procedures_locales" ADD COLUMN "agency_names_competent" varchar;
  ALTER TABLE "procedures_locales" ADD COLUMN "agency_names_delegated" varchar;
  ALTER TABLE "procedures_locales" ADD COLUMN "agency_names_coordinating" varchar;
  ALTER TABLE "procedures_locales" ADD COLUMN "receiving_address" varchar;
  ALTER TABLE "_procedures_v_version_methods_locales" ADD COLUMN "description" varchar;
  ALTER TABLE "_procedures_v_version_documents" ADD COLUMN "form_file" varchar;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_review_note" varchar;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_import_hash" varchar;
  ALTER TABLE "_procedures_v_locales" ADD COLUMN "version_agency_names_implementing" varchar;
  ALTER TABLE "_procedures_v_locales" ADD COLUMN "version_agency_names_competent" varchar;
  ALTER TABLE "_procedures_v_locales" ADD COLUMN "version_agency_names_delegated" varchar;
  ALTER TABLE "_procedures_v_locales" ADD COLUMN "version_agency_names_coordinating" varchar;
  ALTER TABLE "_procedures_v_locales" ADD COLUMN "version_receiving_address" varchar;
  ALTER TABLE "procedures_levels" ADD CONSTRAINT "procedures_levels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_related_procedures" ADD CONSTRAINT "procedures_related_procedures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_related_procedures_locales" ADD CONSTRAINT "procedures_related_procedures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures_related_procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_review_flags" ADD CONSTRAINT "procedures_review_flags_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_levels" ADD CONSTRAINT "_procedures_v_version_levels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_related_procedures" ADD CONSTRAINT "_procedures_v_version_related_procedures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_related_procedures_locales" ADD CONSTRAINT "_procedures_v_version_related_procedures_locales_parent_i_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v_version_related_procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_review_flags" ADD CONSTRAINT "_procedures_v_version_review_flags_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "procedures_levels_order_idx" ON "procedures_levels" USING btree ("order");
  CREATE INDEX "procedures_levels_parent_idx" ON "procedures_levels" USING btree ("parent_id");
  CREATE INDEX "procedures_levels_value_idx" ON "procedures_levels" USING btree ("value");
  CREATE INDEX "procedures_related_procedures_order_idx" ON "procedures_related_procedures" USING btree ("_order");
  CREATE INDEX "procedures_related_procedures_parent_id_idx" ON "procedures_related_procedures" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "procedures_related_procedures_locales_locale_parent_id_uniqu" ON "procedures_related_procedures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "procedures_review_flags_order_idx" ON "procedures_review_flags" USING btree ("order");
  CREATE INDEX "procedures_review_flags_parent_idx" ON "procedures_review_flags" USING btree ("parent_id");
  CREATE INDEX "procedures_review_flags_value_idx" ON "procedures_review_flags" USING btree ("value");
  CREATE INDEX "_procedures_v_version_levels_order_idx" ON "_procedures_v_version_levels" USING btree ("order");
  CREATE INDEX "_procedures_v_version_levels_parent_idx" ON "_procedures_v_version_levels" USING btree ("parent_id");
  CREATE INDEX "_procedures_v_version_levels_value_idx" ON "_procedures_v_version_levels" USING btree ("value");
  CREATE INDEX "_procedures_v_version_related_procedures_order_idx" ON "_procedures_v_version_related_procedures" USING btree ("_order");
  CREATE INDEX "_procedures_v_version_related_procedures_parent_id_idx" ON "_procedures_v_version_related_procedures" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_procedures_v_version_related_procedures_locales_locale_pare" ON "_procedures_v_version_related_procedures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_procedures_v_version_review_flags_order_idx" ON "_procedures_v_version_review_flags" USING btree ("order");
  CREATE INDEX "_procedures_v_version_review_flags_parent_idx" ON "_procedures_v_version_review_flags" USING btree ("parent_id");
  CREATE INDEX "_procedures_v_version_review_flags_value_idx" ON "_procedures_v_version_review_flags" USING btree ("value");
  CREATE INDEX "procedures_import_hash_idx" ON "procedures" USING btree ("import_hash");
  CREATE INDEX "_procedures_v_version_version_import_hash_idx" ON "_procedures_v" USING btree ("version_import_hash");
  INSERT INTO "procedures_levels" ("order", "parent_id", "value")
    SELECT 1, "id", "level"::text::"enum_procedures_levels" FROM "procedures" WHERE "level" IS NOT NULL;
  INSERT INTO "_procedures_v_version_levels" ("order", "parent_id", "value")
    SELECT 1, "id", "version_level"::text::"enum__procedures_v_version_levels" FROM "_procedures_v" WHERE "version_level" IS NOT NULL;
  ALTER TABLE "procedures" DROP COLUMN "level";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_level";
  DROP TYPE "public"."enum_procedures_level";
  DROP TYPE "public"."enum__procedures_v_version_level";`)
  // Lists sort as Vietnamese readers expect (issue 10 item 6); the same statements follow every dev push.
  await applyVietnameseCollation(db)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_procedures_level" AS ENUM('central', 'province', 'commune', 'district');
  CREATE TYPE "public"."enum__procedures_v_version_level" AS ENUM('central', 'province', 'commune', 'district');
  ALTER TABLE "procedures_levels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "procedures_related_procedures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "procedures_related_procedures_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "procedures_review_flags" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procedures_v_version_levels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procedures_v_version_related_procedures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procedures_v_version_related_procedures_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procedures_v_version_review_flags" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "procedures_levels" CASCADE;
  DROP TABLE "procedures_related_procedures" CASCADE;
  DROP TABLE "procedures_related_procedures_locales" CASCADE;
  DROP TABLE "procedures_review_flags" CASCADE;
  DROP TABLE "_procedures_v_version_levels" CASCADE;
  DROP TABLE "_procedures_v_version_related_procedures" CASCADE;
  DROP TABLE "_procedures_v_version_related_procedures_locales" CASCADE;
  DROP TABLE "_procedures_v_version_review_flags" CASCADE;
  ALTER TABLE "procedures_subjects" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_procedures_subjects";
  CREATE TYPE "public"."enum_procedures_subjects" AS ENUM('citizen', 'overseas-vietnamese', 'foreigner', 'business', 'organization');
  ALTER TABLE "procedures_subjects" ALTER COLUMN "value" SET DATA TYPE "public"."enum_procedures_subjects" USING "value"::"public"."enum_procedures_subjects";
  ALTER TABLE "procedures_methods" ALTER COLUMN "time_unit" SET DATA TYPE text;
  ALTER TABLE "procedures_methods" ALTER COLUMN "time_unit" SET DEFAULT 'working-days'::text;
  DROP TYPE "public"."enum_procedures_methods_time_unit";
  CREATE TYPE "public"."enum_procedures_methods_time_unit" AS ENUM('working-days', 'days', 'hours', 'months');
  ALTER TABLE "procedures_methods" ALTER COLUMN "time_unit" SET DEFAULT 'working-days'::"public"."enum_procedures_methods_time_unit";
  ALTER TABLE "procedures_methods" ALTER COLUMN "time_unit" SET DATA TYPE "public"."enum_procedures_methods_time_unit" USING "time_unit"::"public"."enum_procedures_methods_time_unit";
  ALTER TABLE "_procedures_v_version_subjects" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum__procedures_v_version_subjects";
  CREATE TYPE "public"."enum__procedures_v_version_subjects" AS ENUM('citizen', 'overseas-vietnamese', 'foreigner', 'business', 'organization');
  ALTER TABLE "_procedures_v_version_subjects" ALTER COLUMN "value" SET DATA TYPE "public"."enum__procedures_v_version_subjects" USING "value"::"public"."enum__procedures_v_version_subjects";
  ALTER TABLE "_procedures_v_version_methods" ALTER COLUMN "time_unit" SET DATA TYPE text;
  ALTER TABLE "_procedures_v_version_methods" ALTER COLUMN "time_unit" SET DEFAULT 'working-days'::text;
  DROP TYPE "public"."enum__procedures_v_version_methods_time_unit";
  CREATE TYPE "public"."enum__procedures_v_version_methods_time_unit" AS ENUM('working-days', 'days', 'hours', 'months');
  ALTER TABLE "_procedures_v_version_methods" ALTER COLUMN "time_unit" SET DEFAULT 'working-days'::"public"."enum__procedures_v_version_methods_time_unit";
  ALTER TABLE "_procedures_v_version_methods" ALTER COLUMN "time_unit" SET DATA TYPE "public"."enum__procedures_v_version_methods_time_unit" USING "time_unit"::"public"."enum__procedures_v_version_methods_time_unit";
  ALTER TABLE "agencies" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_agencies_kind";
  CREATE TYPE "public"."enum_agencies_kind" AS ENUM('ministry', 'ministry-level', 'government-agency', 'province', 'department', 'unit');
  ALTER TABLE "agencies" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_agencies_kind" USING "kind"::"public"."enum_agencies_kind";
  DROP INDEX "procedures_import_hash_idx";
  DROP INDEX "_procedures_v_version_version_import_hash_idx";
  ALTER TABLE "procedures" ADD COLUMN "level" "enum_procedures_level";
  ALTER TABLE "_procedures_v" ADD COLUMN "version_level" "enum__procedures_v_version_level";
  CREATE INDEX "procedures_level_idx" ON "procedures" USING btree ("level");
  CREATE INDEX "_procedures_v_version_version_level_idx" ON "_procedures_v" USING btree ("version_level");
  ALTER TABLE "procedures_methods_locales" DROP COLUMN "description";
  ALTER TABLE "procedures_documents" DROP COLUMN "form_file";
  ALTER TABLE "procedures" DROP COLUMN "review_note";
  ALTER TABLE "procedures" DROP COLUMN "import_hash";
  ALTER TABLE "procedures_locales" DROP COLUMN "agency_names_implementing";
  ALTER TABLE "procedures_locales" DROP COLUMN "agency_names_competent";
  ALTER TABLE "procedures_locales" DROP COLUMN "agency_names_delegated";
  ALTER TABLE "procedures_locales" DROP COLUMN "agency_names_coordinating";
  ALTER TABLE "procedures_locales" DROP COLUMN "receiving_address";
  ALTER TABLE "_procedures_v_version_methods_locales" DROP COLUMN "description";
  ALTER TABLE "_procedures_v_version_documents" DROP COLUMN "form_file";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_review_note";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_import_hash";
  ALTER TABLE "_procedures_v_locales" DROP COLUMN "version_agency_names_implementing";
  ALTER TABLE "_procedures_v_locales" DROP COLUMN "version_agency_names_competent";
  ALTER TABLE "_procedures_v_locales" DROP COLUMN "version_agency_names_delegated";
  ALTER TABLE "_procedures_v_locales" DROP COLUMN "version_agency_names_coordinating";
  ALTER TABLE "_procedures_v_locales" DROP COLUMN "version_receiving_address";
  DROP TYPE "public"."enum_procedures_levels";
  DROP TYPE "public"."enum_procedures_review_flags";
  DROP TYPE "public"."enum__procedures_v_version_levels";
  DROP TYPE "public"."enum__procedures_v_version_review_flags";`)
}
