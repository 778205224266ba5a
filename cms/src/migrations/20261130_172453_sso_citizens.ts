import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_citizens_gender" AS ENUM('male', 'female');
  CREATE TYPE "public"."enum_citizens_assurance_level" AS ENUM('loa2', 'loa3', 'loa4');
  CREATE TYPE "public"."enum_citizens_identity_verified" AS ENUM('registry', 'e-id');
  CREATE TABLE "citizens" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"citizen_id" varchar NOT NULL,
  	"full_name" varchar NOT NULL,
  	"birth_date" varchar NOT NULL,
  	"gender" "enum_citizens_gender",
  	"email" varchar NOT NULL,
  	"phone" varchar NOT NULL,
  	"assurance_level" "enum_citizens_assurance_level" DEFAULT 'loa2' NOT NULL,
  	"identity_verified" "enum_citizens_identity_verified" DEFAULT 'registry' NOT NULL,
  	"password_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "citizens_id" integer;
  CREATE UNIQUE INDEX "citizens_citizen_id_idx" ON "citizens" USING btree ("citizen_id");
  CREATE INDEX "citizens_updated_at_idx" ON "citizens" USING btree ("updated_at");
  CREATE INDEX "citizens_created_at_idx" ON "citizens" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_citizens_fk" FOREIGN KEY ("citizens_id") REFERENCES "public"."citizens"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_citizens_id_idx" ON "payload_locked_documents_rels" USING btree ("citizens_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "citizens" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "citizens" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_citizens_fk";
  
  DROP INDEX "payload_locked_documents_rels_citizens_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "citizens_id";
  DROP TYPE "public"."enum_citizens_gender";
  DROP TYPE "public"."enum_citizens_assurance_level";
  DROP TYPE "public"."enum_citizens_identity_verified";`)
}
