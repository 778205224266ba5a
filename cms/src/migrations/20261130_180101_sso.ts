import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_citizens_gender" AS ENUM('male', 'female');
  CREATE TYPE "public"."enum_citizens_assurance_level" AS ENUM('loa2', 'loa3', 'loa4');
  CREATE TYPE "public"."enum_citizens_identity_verified" AS ENUM('registry', 'e-id');
  CREATE TYPE "public"."enum_relying_parties_scopes" AS ENUM('openid', 'offline_access', 'profile', 'email', 'phone', 'identity');
  CREATE TYPE "public"."enum_relying_parties_kind" AS ENUM('confidential', 'public');
  CREATE TYPE "public"."enum_relying_parties_minimum_acr" AS ENUM('loa2', 'loa3', 'loa4');
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
  
  CREATE TABLE "relying_parties_redirect_uris" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"uri" varchar NOT NULL
  );
  
  CREATE TABLE "relying_parties_post_logout_redirect_uris" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"uri" varchar NOT NULL
  );
  
  CREATE TABLE "relying_parties_scopes" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_relying_parties_scopes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "relying_parties" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"client_id" varchar,
  	"kind" "enum_relying_parties_kind" DEFAULT 'confidential' NOT NULL,
  	"backchannel_logout_uri" varchar,
  	"minimum_acr" "enum_relying_parties_minimum_acr" DEFAULT 'loa2' NOT NULL,
  	"public_subject" boolean DEFAULT false,
  	"secret_salt" varchar,
  	"secret_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "citizens_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "relying_parties_id" integer;
  ALTER TABLE "relying_parties_redirect_uris" ADD CONSTRAINT "relying_parties_redirect_uris_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."relying_parties"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "relying_parties_post_logout_redirect_uris" ADD CONSTRAINT "relying_parties_post_logout_redirect_uris_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."relying_parties"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "relying_parties_scopes" ADD CONSTRAINT "relying_parties_scopes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."relying_parties"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "citizens_citizen_id_idx" ON "citizens" USING btree ("citizen_id");
  CREATE INDEX "citizens_updated_at_idx" ON "citizens" USING btree ("updated_at");
  CREATE INDEX "citizens_created_at_idx" ON "citizens" USING btree ("created_at");
  CREATE INDEX "relying_parties_redirect_uris_order_idx" ON "relying_parties_redirect_uris" USING btree ("_order");
  CREATE INDEX "relying_parties_redirect_uris_parent_id_idx" ON "relying_parties_redirect_uris" USING btree ("_parent_id");
  CREATE INDEX "relying_parties_post_logout_redirect_uris_order_idx" ON "relying_parties_post_logout_redirect_uris" USING btree ("_order");
  CREATE INDEX "relying_parties_post_logout_redirect_uris_parent_id_idx" ON "relying_parties_post_logout_redirect_uris" USING btree ("_parent_id");
  CREATE INDEX "relying_parties_scopes_order_idx" ON "relying_parties_scopes" USING btree ("order");
  CREATE INDEX "relying_parties_scopes_parent_idx" ON "relying_parties_scopes" USING btree ("parent_id");
  CREATE UNIQUE INDEX "relying_parties_client_id_idx" ON "relying_parties" USING btree ("client_id");
  CREATE INDEX "relying_parties_updated_at_idx" ON "relying_parties" USING btree ("updated_at");
  CREATE INDEX "relying_parties_created_at_idx" ON "relying_parties" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_citizens_fk" FOREIGN KEY ("citizens_id") REFERENCES "public"."citizens"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_relying_parties_fk" FOREIGN KEY ("relying_parties_id") REFERENCES "public"."relying_parties"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_citizens_id_idx" ON "payload_locked_documents_rels" USING btree ("citizens_id");
  CREATE INDEX "payload_locked_documents_rels_relying_parties_id_idx" ON "payload_locked_documents_rels" USING btree ("relying_parties_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "citizens" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "relying_parties_redirect_uris" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "relying_parties_post_logout_redirect_uris" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "relying_parties_scopes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "relying_parties" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "citizens" CASCADE;
  DROP TABLE "relying_parties_redirect_uris" CASCADE;
  DROP TABLE "relying_parties_post_logout_redirect_uris" CASCADE;
  DROP TABLE "relying_parties_scopes" CASCADE;
  DROP TABLE "relying_parties" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_citizens_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_relying_parties_fk";
  
  DROP INDEX "payload_locked_documents_rels_citizens_id_idx";
  DROP INDEX "payload_locked_documents_rels_relying_parties_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "citizens_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "relying_parties_id";
  DROP TYPE "public"."enum_citizens_gender";
  DROP TYPE "public"."enum_citizens_assurance_level";
  DROP TYPE "public"."enum_citizens_identity_verified";
  DROP TYPE "public"."enum_relying_parties_scopes";
  DROP TYPE "public"."enum_relying_parties_kind";
  DROP TYPE "public"."enum_relying_parties_minimum_acr";`)
}
