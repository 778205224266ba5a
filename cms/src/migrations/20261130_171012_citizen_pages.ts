import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_life_events_steps_connector" AS ENUM('and', 'or');
  CREATE TYPE "public"."enum_life_events_steps_choice" AS ENUM('all', 'one');
  CREATE TYPE "public"."enum__life_events_v_version_steps_connector" AS ENUM('and', 'or');
  CREATE TYPE "public"."enum__life_events_v_version_steps_choice" AS ENUM('all', 'one');
  CREATE TYPE "public"."enum_feedback_useful" AS ENUM('yes', 'no');
  CREATE TYPE "public"."enum_feedback_locale" AS ENUM('vi', 'en');
  CREATE TABLE "life_events_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"connector" "enum_life_events_steps_connector" DEFAULT 'and',
  	"choice" "enum_life_events_steps_choice" DEFAULT 'all',
  	"recommended" boolean DEFAULT false
  );
  
  CREATE TABLE "life_events_steps_locales" (
  	"title" varchar,
  	"deadline" varchar,
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "_life_events_v_version_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"connector" "enum__life_events_v_version_steps_connector" DEFAULT 'and',
  	"choice" "enum__life_events_v_version_steps_choice" DEFAULT 'all',
  	"recommended" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_life_events_v_version_steps_locales" (
  	"title" varchar,
  	"deadline" varchar,
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "feedback" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"path" varchar NOT NULL,
  	"useful" "enum_feedback_useful" NOT NULL,
  	"locale" "enum_feedback_locale" NOT NULL,
  	"comment" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "procedures_locales" ADD COLUMN "deadline" varchar;
  ALTER TABLE "_procedures_v_locales" ADD COLUMN "version_deadline" varchar;
  ALTER TABLE "agencies" ADD COLUMN "map_url" varchar;
  ALTER TABLE "agencies_locales" ADD COLUMN "hours" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "feedback_id" integer;
  ALTER TABLE "life_events_steps" ADD CONSTRAINT "life_events_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."life_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "life_events_steps_locales" ADD CONSTRAINT "life_events_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."life_events_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_life_events_v_version_steps" ADD CONSTRAINT "_life_events_v_version_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_life_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_life_events_v_version_steps_locales" ADD CONSTRAINT "_life_events_v_version_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_life_events_v_version_steps"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "life_events_steps_order_idx" ON "life_events_steps" USING btree ("_order");
  CREATE INDEX "life_events_steps_parent_id_idx" ON "life_events_steps" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "life_events_steps_locales_locale_parent_id_unique" ON "life_events_steps_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_life_events_v_version_steps_order_idx" ON "_life_events_v_version_steps" USING btree ("_order");
  CREATE INDEX "_life_events_v_version_steps_parent_id_idx" ON "_life_events_v_version_steps" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_life_events_v_version_steps_locales_locale_parent_id_unique" ON "_life_events_v_version_steps_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "feedback_path_idx" ON "feedback" USING btree ("path");
  CREATE INDEX "feedback_useful_idx" ON "feedback" USING btree ("useful");
  CREATE INDEX "feedback_updated_at_idx" ON "feedback" USING btree ("updated_at");
  CREATE INDEX "feedback_created_at_idx" ON "feedback" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_feedback_fk" FOREIGN KEY ("feedback_id") REFERENCES "public"."feedback"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_feedback_id_idx" ON "payload_locked_documents_rels" USING btree ("feedback_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "life_events_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "life_events_steps_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_life_events_v_version_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_life_events_v_version_steps_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "feedback" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "life_events_steps" CASCADE;
  DROP TABLE "life_events_steps_locales" CASCADE;
  DROP TABLE "_life_events_v_version_steps" CASCADE;
  DROP TABLE "_life_events_v_version_steps_locales" CASCADE;
  DROP TABLE "feedback" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_feedback_fk";
  
  DROP INDEX "payload_locked_documents_rels_feedback_id_idx";
  ALTER TABLE "procedures_locales" DROP COLUMN "deadline";
  ALTER TABLE "_procedures_v_locales" DROP COLUMN "version_deadline";
  ALTER TABLE "agencies" DROP COLUMN "map_url";
  ALTER TABLE "agencies_locales" DROP COLUMN "hours";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "feedback_id";
  DROP TYPE "public"."enum_life_events_steps_connector";
  DROP TYPE "public"."enum_life_events_steps_choice";
  DROP TYPE "public"."enum__life_events_v_version_steps_connector";
  DROP TYPE "public"."enum__life_events_v_version_steps_choice";
  DROP TYPE "public"."enum_feedback_useful";
  DROP TYPE "public"."enum_feedback_locale";`)
}
