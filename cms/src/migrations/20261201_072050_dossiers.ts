import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { applyDossierAppendOnly, dropDossierAppendOnly } from '../dossiers/append-only.ts'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_dossiers_state" AS ENUM('submitted', 'received', 'refused', 'processing', 'supplement_requested', 'resolved', 'returned', 'withdrawn');
  CREATE TYPE "public"."enum_dossiers_timing" AS ENUM('not_started', 'on_time', 'due_soon', 'overdue', 'paused', 'done_on_time', 'done_late');
  CREATE TYPE "public"."enum_dossiers_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_dossier_forms_fields_type" AS ENUM('text', 'number', 'date', 'choice', 'citizenId', 'address');
  CREATE TYPE "public"."enum_dossier_forms_minimum_acr" AS ENUM('loa2', 'loa3', 'loa4');
  CREATE TYPE "public"."enum_dossier_files_kind" AS ENUM('citizen', 'result');
  CREATE TYPE "public"."enum_dossier_events_from" AS ENUM('submitted', 'received', 'refused', 'processing', 'supplement_requested', 'resolved', 'returned', 'withdrawn');
  CREATE TYPE "public"."enum_dossier_events_to" AS ENUM('submitted', 'received', 'refused', 'processing', 'supplement_requested', 'resolved', 'returned', 'withdrawn');
  CREATE TYPE "public"."enum_dossier_events_by" AS ENUM('citizen', 'officer', 'system');
  CREATE TYPE "public"."enum_dossier_reads_purpose" AS ENUM('view', 'file', 'process');
  CREATE TYPE "public"."enum_holidays_kind" AS ENUM('holiday', 'workday');
  CREATE TABLE "dossiers_documents" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"label" varchar,
  	"file_id" integer NOT NULL,
  	"reused" boolean,
  	"supplement" boolean
  );
  
  CREATE TABLE "dossiers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"state" "enum_dossiers_state" DEFAULT 'submitted' NOT NULL,
  	"timing" "enum_dossiers_timing",
  	"due_date" varchar,
  	"procedure_id" integer NOT NULL,
  	"agency_id" integer NOT NULL,
  	"citizen_id" integer NOT NULL,
  	"applicant_name" varchar,
  	"applicant_id_number" varchar,
  	"applicant_email" varchar,
  	"applicant_phone" varchar,
  	"locale" "enum_dossiers_locale" DEFAULT 'vi' NOT NULL,
  	"fields" jsonb,
  	"submitted_at" timestamp(3) with time zone NOT NULL,
  	"received_at" timestamp(3) with time zone,
  	"resolved_at" timestamp(3) with time zone,
  	"processing_days" numeric,
  	"paused_on" varchar,
  	"supplement_note" varchar,
  	"result_note" varchar,
  	"receipt" varchar,
  	"idempotency_key" varchar,
  	"request_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "dossiers_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"dossier_files_id" integer
  );
  
  CREATE TABLE "dossier_forms_fields_choices" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" varchar
  );
  
  CREATE TABLE "dossier_forms_fields_choices_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "dossier_forms_fields" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"type" "enum_dossier_forms_fields_type" NOT NULL,
  	"required" boolean DEFAULT true,
  	"min" numeric,
  	"max" numeric,
  	"max_length" numeric,
  	"show_when_field" varchar,
  	"show_when_equals" varchar
  );
  
  CREATE TABLE "dossier_forms_fields_locales" (
  	"label" varchar NOT NULL,
  	"help" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "dossier_forms_documents" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"required" boolean DEFAULT true,
  	"max_files" numeric DEFAULT 1 NOT NULL,
  	"reuse_type" varchar,
  	"required_when_field" varchar,
  	"required_when_equals" varchar
  );
  
  CREATE TABLE "dossier_forms_documents_locales" (
  	"label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "dossier_forms" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"procedure_id" integer NOT NULL,
  	"agency_id" integer NOT NULL,
  	"minimum_acr" "enum_dossier_forms_minimum_acr" DEFAULT 'loa2' NOT NULL,
  	"max_file_mb" numeric DEFAULT 10 NOT NULL,
  	"source" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "dossier_forms_locales" (
  	"title" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "dossier_files" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"original_name" varchar,
  	"sha256" varchar,
  	"kind" "enum_dossier_files_kind" DEFAULT 'citizen' NOT NULL,
  	"owner_id" integer,
  	"agency_id" integer,
  	"dossier_id" integer,
  	"reuse_type" varchar,
  	"prefix" varchar DEFAULT 'dossier-files',
  	"_objectkey" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "dossier_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"dossier_id" integer NOT NULL,
  	"agency_id" integer NOT NULL,
  	"from" "enum_dossier_events_from",
  	"to" "enum_dossier_events_to" NOT NULL,
  	"by" "enum_dossier_events_by" NOT NULL,
  	"officer_id" integer,
  	"officer_name" varchar,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "dossier_reads" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"dossier_id" integer NOT NULL,
  	"user_id" integer,
  	"user_name" varchar,
  	"agency_name" varchar,
  	"purpose" "enum_dossier_reads_purpose" NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "dossier_drafts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"citizen_id" integer NOT NULL,
  	"procedure" varchar NOT NULL,
  	"data" jsonb NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "dossier_sequences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"prefix" varchar NOT NULL,
  	"last" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "holidays" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" varchar NOT NULL,
  	"kind" "enum_holidays_kind" DEFAULT 'holiday' NOT NULL,
  	"basis" varchar,
  	"provisional" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "holidays_locales" (
  	"name" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "dossiers_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "dossier_forms_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "dossier_files_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "dossier_drafts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "dossier_sequences_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "holidays_id" integer;
  ALTER TABLE "dossiers_documents" ADD CONSTRAINT "dossiers_documents_file_id_dossier_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."dossier_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dossiers_documents" ADD CONSTRAINT "dossiers_documents_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dossiers_rels" ADD CONSTRAINT "dossiers_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dossiers_rels" ADD CONSTRAINT "dossiers_rels_dossier_files_fk" FOREIGN KEY ("dossier_files_id") REFERENCES "public"."dossier_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dossier_forms_fields_choices" ADD CONSTRAINT "dossier_forms_fields_choices_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."dossier_forms_fields"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dossier_forms_fields_choices_locales" ADD CONSTRAINT "dossier_forms_fields_choices_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."dossier_forms_fields_choices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dossier_forms_fields" ADD CONSTRAINT "dossier_forms_fields_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."dossier_forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dossier_forms_fields_locales" ADD CONSTRAINT "dossier_forms_fields_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."dossier_forms_fields"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dossier_forms_documents" ADD CONSTRAINT "dossier_forms_documents_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."dossier_forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dossier_forms_documents_locales" ADD CONSTRAINT "dossier_forms_documents_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."dossier_forms_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dossier_forms" ADD CONSTRAINT "dossier_forms_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dossier_forms" ADD CONSTRAINT "dossier_forms_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dossier_forms_locales" ADD CONSTRAINT "dossier_forms_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."dossier_forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dossier_files" ADD CONSTRAINT "dossier_files_owner_id_citizens_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."citizens"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dossier_files" ADD CONSTRAINT "dossier_files_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dossier_files" ADD CONSTRAINT "dossier_files_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dossier_events" ADD CONSTRAINT "dossier_events_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dossier_events" ADD CONSTRAINT "dossier_events_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dossier_events" ADD CONSTRAINT "dossier_events_officer_id_users_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dossier_reads" ADD CONSTRAINT "dossier_reads_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dossier_reads" ADD CONSTRAINT "dossier_reads_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dossier_drafts" ADD CONSTRAINT "dossier_drafts_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "holidays_locales" ADD CONSTRAINT "holidays_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."holidays"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "dossiers_documents_order_idx" ON "dossiers_documents" USING btree ("_order");
  CREATE INDEX "dossiers_documents_parent_id_idx" ON "dossiers_documents" USING btree ("_parent_id");
  CREATE INDEX "dossiers_documents_file_idx" ON "dossiers_documents" USING btree ("file_id");
  CREATE UNIQUE INDEX "dossiers_code_idx" ON "dossiers" USING btree ("code");
  CREATE INDEX "dossiers_state_idx" ON "dossiers" USING btree ("state");
  CREATE INDEX "dossiers_timing_idx" ON "dossiers" USING btree ("timing");
  CREATE INDEX "dossiers_due_date_idx" ON "dossiers" USING btree ("due_date");
  CREATE INDEX "dossiers_procedure_idx" ON "dossiers" USING btree ("procedure_id");
  CREATE INDEX "dossiers_agency_idx" ON "dossiers" USING btree ("agency_id");
  CREATE INDEX "dossiers_citizen_idx" ON "dossiers" USING btree ("citizen_id");
  CREATE INDEX "dossiers_applicant_name_idx" ON "dossiers" USING btree ("applicant_name");
  CREATE INDEX "dossiers_applicant_id_number_idx" ON "dossiers" USING btree ("applicant_id_number");
  CREATE INDEX "dossiers_submitted_at_idx" ON "dossiers" USING btree ("submitted_at");
  CREATE UNIQUE INDEX "dossiers_idempotency_key_idx" ON "dossiers" USING btree ("idempotency_key");
  CREATE INDEX "dossiers_updated_at_idx" ON "dossiers" USING btree ("updated_at");
  CREATE INDEX "dossiers_created_at_idx" ON "dossiers" USING btree ("created_at");
  CREATE INDEX "dossiers_rels_order_idx" ON "dossiers_rels" USING btree ("order");
  CREATE INDEX "dossiers_rels_parent_idx" ON "dossiers_rels" USING btree ("parent_id");
  CREATE INDEX "dossiers_rels_path_idx" ON "dossiers_rels" USING btree ("path");
  CREATE INDEX "dossiers_rels_dossier_files_id_idx" ON "dossiers_rels" USING btree ("dossier_files_id");
  CREATE INDEX "dossier_forms_fields_choices_order_idx" ON "dossier_forms_fields_choices" USING btree ("_order");
  CREATE INDEX "dossier_forms_fields_choices_parent_id_idx" ON "dossier_forms_fields_choices" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "dossier_forms_fields_choices_locales_locale_parent_id_unique" ON "dossier_forms_fields_choices_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "dossier_forms_fields_order_idx" ON "dossier_forms_fields" USING btree ("_order");
  CREATE INDEX "dossier_forms_fields_parent_id_idx" ON "dossier_forms_fields" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "dossier_forms_fields_locales_locale_parent_id_unique" ON "dossier_forms_fields_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "dossier_forms_documents_order_idx" ON "dossier_forms_documents" USING btree ("_order");
  CREATE INDEX "dossier_forms_documents_parent_id_idx" ON "dossier_forms_documents" USING btree ("_parent_id");
  CREATE INDEX "dossier_forms_documents_reuse_type_idx" ON "dossier_forms_documents" USING btree ("reuse_type");
  CREATE UNIQUE INDEX "dossier_forms_documents_locales_locale_parent_id_unique" ON "dossier_forms_documents_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "dossier_forms_procedure_idx" ON "dossier_forms" USING btree ("procedure_id");
  CREATE INDEX "dossier_forms_agency_idx" ON "dossier_forms" USING btree ("agency_id");
  CREATE INDEX "dossier_forms_updated_at_idx" ON "dossier_forms" USING btree ("updated_at");
  CREATE INDEX "dossier_forms_created_at_idx" ON "dossier_forms" USING btree ("created_at");
  CREATE UNIQUE INDEX "dossier_forms_locales_locale_parent_id_unique" ON "dossier_forms_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "dossier_files_sha256_idx" ON "dossier_files" USING btree ("sha256");
  CREATE INDEX "dossier_files_owner_idx" ON "dossier_files" USING btree ("owner_id");
  CREATE INDEX "dossier_files_agency_idx" ON "dossier_files" USING btree ("agency_id");
  CREATE INDEX "dossier_files_dossier_idx" ON "dossier_files" USING btree ("dossier_id");
  CREATE INDEX "dossier_files_reuse_type_idx" ON "dossier_files" USING btree ("reuse_type");
  CREATE INDEX "dossier_files_updated_at_idx" ON "dossier_files" USING btree ("updated_at");
  CREATE INDEX "dossier_files_created_at_idx" ON "dossier_files" USING btree ("created_at");
  CREATE UNIQUE INDEX "dossier_files_filename_idx" ON "dossier_files" USING btree ("filename");
  CREATE INDEX "dossier_events_dossier_idx" ON "dossier_events" USING btree ("dossier_id");
  CREATE INDEX "dossier_events_agency_idx" ON "dossier_events" USING btree ("agency_id");
  CREATE INDEX "dossier_events_officer_idx" ON "dossier_events" USING btree ("officer_id");
  CREATE INDEX "dossier_events_updated_at_idx" ON "dossier_events" USING btree ("updated_at");
  CREATE INDEX "dossier_events_created_at_idx" ON "dossier_events" USING btree ("created_at");
  CREATE INDEX "dossier_reads_dossier_idx" ON "dossier_reads" USING btree ("dossier_id");
  CREATE INDEX "dossier_reads_user_idx" ON "dossier_reads" USING btree ("user_id");
  CREATE INDEX "dossier_reads_updated_at_idx" ON "dossier_reads" USING btree ("updated_at");
  CREATE INDEX "dossier_reads_created_at_idx" ON "dossier_reads" USING btree ("created_at");
  CREATE INDEX "dossier_drafts_citizen_idx" ON "dossier_drafts" USING btree ("citizen_id");
  CREATE INDEX "dossier_drafts_updated_at_idx" ON "dossier_drafts" USING btree ("updated_at");
  CREATE INDEX "dossier_drafts_created_at_idx" ON "dossier_drafts" USING btree ("created_at");
  CREATE UNIQUE INDEX "citizen_procedure_idx" ON "dossier_drafts" USING btree ("citizen_id","procedure");
  CREATE UNIQUE INDEX "dossier_sequences_prefix_idx" ON "dossier_sequences" USING btree ("prefix");
  CREATE INDEX "dossier_sequences_updated_at_idx" ON "dossier_sequences" USING btree ("updated_at");
  CREATE INDEX "dossier_sequences_created_at_idx" ON "dossier_sequences" USING btree ("created_at");
  CREATE UNIQUE INDEX "holidays_date_idx" ON "holidays" USING btree ("date");
  CREATE INDEX "holidays_updated_at_idx" ON "holidays" USING btree ("updated_at");
  CREATE INDEX "holidays_created_at_idx" ON "holidays" USING btree ("created_at");
  CREATE UNIQUE INDEX "holidays_locales_locale_parent_id_unique" ON "holidays_locales" USING btree ("_locale","_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_dossiers_fk" FOREIGN KEY ("dossiers_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_dossier_forms_fk" FOREIGN KEY ("dossier_forms_id") REFERENCES "public"."dossier_forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_dossier_files_fk" FOREIGN KEY ("dossier_files_id") REFERENCES "public"."dossier_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_dossier_drafts_fk" FOREIGN KEY ("dossier_drafts_id") REFERENCES "public"."dossier_drafts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_dossier_sequences_fk" FOREIGN KEY ("dossier_sequences_id") REFERENCES "public"."dossier_sequences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_holidays_fk" FOREIGN KEY ("holidays_id") REFERENCES "public"."holidays"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_dossiers_id_idx" ON "payload_locked_documents_rels" USING btree ("dossiers_id");
  CREATE INDEX "payload_locked_documents_rels_dossier_forms_id_idx" ON "payload_locked_documents_rels" USING btree ("dossier_forms_id");
  CREATE INDEX "payload_locked_documents_rels_dossier_files_id_idx" ON "payload_locked_documents_rels" USING btree ("dossier_files_id");
  CREATE INDEX "payload_locked_documents_rels_dossier_drafts_id_idx" ON "payload_locked_documents_rels" USING btree ("dossier_drafts_id");
  CREATE INDEX "payload_locked_documents_rels_dossier_sequences_id_idx" ON "payload_locked_documents_rels" USING btree ("dossier_sequences_id");
  CREATE INDEX "payload_locked_documents_rels_holidays_id_idx" ON "payload_locked_documents_rels" USING btree ("holidays_id");`)
  // What the generator cannot write: a dossier's steps and the staff reads of it are append-only.
  await applyDossierAppendOnly(db)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await dropDossierAppendOnly(db)
  await db.execute(sql`
   ALTER TABLE "dossiers_documents" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dossiers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dossiers_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dossier_forms_fields_choices" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dossier_forms_fields_choices_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dossier_forms_fields" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dossier_forms_fields_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dossier_forms_documents" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dossier_forms_documents_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dossier_forms" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dossier_forms_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dossier_files" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dossier_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dossier_reads" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dossier_drafts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dossier_sequences" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "holidays" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "holidays_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "dossiers_documents" CASCADE;
  DROP TABLE "dossiers" CASCADE;
  DROP TABLE "dossiers_rels" CASCADE;
  DROP TABLE "dossier_forms_fields_choices" CASCADE;
  DROP TABLE "dossier_forms_fields_choices_locales" CASCADE;
  DROP TABLE "dossier_forms_fields" CASCADE;
  DROP TABLE "dossier_forms_fields_locales" CASCADE;
  DROP TABLE "dossier_forms_documents" CASCADE;
  DROP TABLE "dossier_forms_documents_locales" CASCADE;
  DROP TABLE "dossier_forms" CASCADE;
  DROP TABLE "dossier_forms_locales" CASCADE;
  DROP TABLE "dossier_files" CASCADE;
  DROP TABLE "dossier_events" CASCADE;
  DROP TABLE "dossier_reads" CASCADE;
  DROP TABLE "dossier_drafts" CASCADE;
  DROP TABLE "dossier_sequences" CASCADE;
  DROP TABLE "holidays" CASCADE;
  DROP TABLE "holidays_locales" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_dossiers_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_dossier_forms_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_dossier_files_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_dossier_drafts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_dossier_sequences_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_holidays_fk";
  
  DROP INDEX "payload_locked_documents_rels_dossiers_id_idx";
  DROP INDEX "payload_locked_documents_rels_dossier_forms_id_idx";
  DROP INDEX "payload_locked_documents_rels_dossier_files_id_idx";
  DROP INDEX "payload_locked_documents_rels_dossier_drafts_id_idx";
  DROP INDEX "payload_locked_documents_rels_dossier_sequences_id_idx";
  DROP INDEX "payload_locked_documents_rels_holidays_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "dossiers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "dossier_forms_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "dossier_files_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "dossier_drafts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "dossier_sequences_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "holidays_id";
  DROP TYPE "public"."enum_dossiers_state";
  DROP TYPE "public"."enum_dossiers_timing";
  DROP TYPE "public"."enum_dossiers_locale";
  DROP TYPE "public"."enum_dossier_forms_fields_type";
  DROP TYPE "public"."enum_dossier_forms_minimum_acr";
  DROP TYPE "public"."enum_dossier_files_kind";
  DROP TYPE "public"."enum_dossier_events_from";
  DROP TYPE "public"."enum_dossier_events_to";
  DROP TYPE "public"."enum_dossier_events_by";
  DROP TYPE "public"."enum_dossier_reads_purpose";
  DROP TYPE "public"."enum_holidays_kind";`)
}
