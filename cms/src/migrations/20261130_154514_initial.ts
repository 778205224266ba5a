import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_procedures_subjects" AS ENUM('citizen', 'overseas-vietnamese', 'foreigner', 'business', 'organization');
  CREATE TYPE "public"."enum_procedures_methods_channel" AS ENUM('in-person', 'online', 'post');
  CREATE TYPE "public"."enum_procedures_methods_time_unit" AS ENUM('working-days', 'days', 'hours', 'months');
  CREATE TYPE "public"."enum_procedures_untranslated" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_procedures_level" AS ENUM('central', 'province', 'commune', 'district');
  CREATE TYPE "public"."enum_procedures_service_level" AS ENUM('full', 'partial', 'none');
  CREATE TYPE "public"."enum_procedures_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__procedures_v_version_subjects" AS ENUM('citizen', 'overseas-vietnamese', 'foreigner', 'business', 'organization');
  CREATE TYPE "public"."enum__procedures_v_version_methods_channel" AS ENUM('in-person', 'online', 'post');
  CREATE TYPE "public"."enum__procedures_v_version_methods_time_unit" AS ENUM('working-days', 'days', 'hours', 'months');
  CREATE TYPE "public"."enum__procedures_v_version_untranslated" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum__procedures_v_version_level" AS ENUM('central', 'province', 'commune', 'district');
  CREATE TYPE "public"."enum__procedures_v_version_service_level" AS ENUM('full', 'partial', 'none');
  CREATE TYPE "public"."enum__procedures_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__procedures_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_faqs_untranslated" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_faqs_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__faqs_v_version_untranslated" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum__faqs_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__faqs_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_life_events_untranslated" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_life_events_audience" AS ENUM('citizen', 'business');
  CREATE TYPE "public"."enum_life_events_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__life_events_v_version_untranslated" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum__life_events_v_version_audience" AS ENUM('citizen', 'business');
  CREATE TYPE "public"."enum__life_events_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__life_events_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_videos_captions_language" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_agencies_kind" AS ENUM('ministry', 'ministry-level', 'government-agency', 'province', 'department', 'unit');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'reviewer', 'officer');
  CREATE TABLE "procedures_subjects" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_procedures_subjects",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "procedures_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "procedures_steps_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "procedures_methods" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"channel" "enum_procedures_methods_channel",
  	"time_amount" numeric,
  	"time_unit" "enum_procedures_methods_time_unit" DEFAULT 'working-days',
  	"fee_amount" numeric
  );
  
  CREATE TABLE "procedures_methods_locales" (
  	"time_note" varchar,
  	"fee_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "procedures_documents" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"form_id" integer,
  	"originals" numeric,
  	"copies" numeric,
  	"required" boolean DEFAULT true
  );
  
  CREATE TABLE "procedures_documents_locales" (
  	"name" varchar,
  	"condition" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "procedures_legal_basis" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"date" timestamp(3) with time zone
  );
  
  CREATE TABLE "procedures_legal_basis_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "procedures_untranslated" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_procedures_untranslated",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "procedures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar,
  	"decision_number" varchar,
  	"level" "enum_procedures_level",
  	"service_level" "enum_procedures_service_level" DEFAULT 'none',
  	"sector_id" integer,
  	"agency_id" integer,
  	"source_name" varchar,
  	"source_url" varchar,
  	"source_retrieved" timestamp(3) with time zone,
  	"source_note" varchar,
  	"synthetic" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_procedures_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "procedures_locales" (
  	"name" varchar,
  	"type" varchar,
  	"agency_note" varchar,
  	"result" varchar,
  	"requirements" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "procedures_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar,
  	"locale" "_locales"
  );
  
  CREATE TABLE "procedures_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"agencies_id" integer
  );
  
  CREATE TABLE "_procedures_v_version_subjects" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__procedures_v_version_subjects",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_procedures_v_version_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_procedures_v_version_steps_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_procedures_v_version_methods" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"channel" "enum__procedures_v_version_methods_channel",
  	"time_amount" numeric,
  	"time_unit" "enum__procedures_v_version_methods_time_unit" DEFAULT 'working-days',
  	"fee_amount" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_procedures_v_version_methods_locales" (
  	"time_note" varchar,
  	"fee_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_procedures_v_version_documents" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"form_id" integer,
  	"originals" numeric,
  	"copies" numeric,
  	"required" boolean DEFAULT true,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_procedures_v_version_documents_locales" (
  	"name" varchar,
  	"condition" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_procedures_v_version_legal_basis" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"date" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_procedures_v_version_legal_basis_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_procedures_v_version_untranslated" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__procedures_v_version_untranslated",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_procedures_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_code" varchar,
  	"version_decision_number" varchar,
  	"version_level" "enum__procedures_v_version_level",
  	"version_service_level" "enum__procedures_v_version_service_level" DEFAULT 'none',
  	"version_sector_id" integer,
  	"version_agency_id" integer,
  	"version_source_name" varchar,
  	"version_source_url" varchar,
  	"version_source_retrieved" timestamp(3) with time zone,
  	"version_source_note" varchar,
  	"version_synthetic" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__procedures_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__procedures_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_procedures_v_locales" (
  	"version_name" varchar,
  	"version_type" varchar,
  	"version_agency_note" varchar,
  	"version_result" varchar,
  	"version_requirements" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_procedures_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar,
  	"locale" "_locales"
  );
  
  CREATE TABLE "_procedures_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"agencies_id" integer
  );
  
  CREATE TABLE "faqs_untranslated" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_faqs_untranslated",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "faqs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"agency_id" integer,
  	"sector_id" integer,
  	"synthetic" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_faqs_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "faqs_locales" (
  	"question" varchar,
  	"answer" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "faqs_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"procedures_id" integer
  );
  
  CREATE TABLE "_faqs_v_version_untranslated" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__faqs_v_version_untranslated",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_faqs_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_agency_id" integer,
  	"version_sector_id" integer,
  	"version_synthetic" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__faqs_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__faqs_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_faqs_v_locales" (
  	"version_question" varchar,
  	"version_answer" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_faqs_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"procedures_id" integer
  );
  
  CREATE TABLE "life_events_untranslated" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_life_events_untranslated",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "life_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"audience" "enum_life_events_audience",
  	"agency_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_life_events_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "life_events_locales" (
  	"name" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "life_events_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"procedures_id" integer
  );
  
  CREATE TABLE "_life_events_v_version_untranslated" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__life_events_v_version_untranslated",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_life_events_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_audience" "enum__life_events_v_version_audience",
  	"version_agency_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__life_events_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__life_events_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_life_events_v_locales" (
  	"version_name" varchar,
  	"version_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_life_events_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"procedures_id" integer
  );
  
  CREATE TABLE "forms" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar NOT NULL,
  	"code" varchar,
  	"legal_basis" varchar,
  	"agency_id" integer,
  	"prefix" varchar DEFAULT 'forms',
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
  
  CREATE TABLE "forms_locales" (
  	"title" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "forms_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"procedures_id" integer
  );
  
  CREATE TABLE "videos_captions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"language" "enum_videos_captions_language" NOT NULL,
  	"vtt" varchar NOT NULL
  );
  
  CREATE TABLE "videos" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"external_url" varchar,
  	"duration" numeric,
  	"agency_id" integer,
  	"prefix" varchar DEFAULT 'videos',
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
  
  CREATE TABLE "videos_locales" (
  	"title" varchar NOT NULL,
  	"transcript" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "videos_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"procedures_id" integer
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"agency_id" integer,
  	"prefix" varchar DEFAULT 'media',
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
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_wide_url" varchar,
  	"sizes_wide_width" numeric,
  	"sizes_wide_height" numeric,
  	"sizes_wide_mime_type" varchar,
  	"sizes_wide_filesize" numeric,
  	"sizes_wide_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "agencies" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"kind" "enum_agencies_kind" NOT NULL,
  	"parent_id" integer,
  	"phone" varchar,
  	"email" varchar,
  	"website" varchar,
  	"source" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "agencies_locales" (
  	"name" varchar NOT NULL,
  	"address" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "agencies_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"agencies_id" integer
  );
  
  CREATE TABLE "sectors" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"ministry_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "sectors_locales" (
  	"name" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"agency_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"procedures_id" integer,
  	"faqs_id" integer,
  	"life_events_id" integer,
  	"forms_id" integer,
  	"videos_id" integer,
  	"media_id" integer,
  	"agencies_id" integer,
  	"sectors_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "procedures_subjects" ADD CONSTRAINT "procedures_subjects_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_steps" ADD CONSTRAINT "procedures_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_steps_locales" ADD CONSTRAINT "procedures_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_methods" ADD CONSTRAINT "procedures_methods_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_methods_locales" ADD CONSTRAINT "procedures_methods_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures_methods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_documents" ADD CONSTRAINT "procedures_documents_form_id_forms_id_fk" FOREIGN KEY ("form_id") REFERENCES "public"."forms"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedures_documents" ADD CONSTRAINT "procedures_documents_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_documents_locales" ADD CONSTRAINT "procedures_documents_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_legal_basis" ADD CONSTRAINT "procedures_legal_basis_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_legal_basis_locales" ADD CONSTRAINT "procedures_legal_basis_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures_legal_basis"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_untranslated" ADD CONSTRAINT "procedures_untranslated_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures" ADD CONSTRAINT "procedures_sector_id_sectors_id_fk" FOREIGN KEY ("sector_id") REFERENCES "public"."sectors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedures" ADD CONSTRAINT "procedures_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedures_locales" ADD CONSTRAINT "procedures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_texts" ADD CONSTRAINT "procedures_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_rels" ADD CONSTRAINT "procedures_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_rels" ADD CONSTRAINT "procedures_rels_agencies_fk" FOREIGN KEY ("agencies_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_subjects" ADD CONSTRAINT "_procedures_v_version_subjects_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_steps" ADD CONSTRAINT "_procedures_v_version_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_steps_locales" ADD CONSTRAINT "_procedures_v_version_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v_version_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_methods" ADD CONSTRAINT "_procedures_v_version_methods_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_methods_locales" ADD CONSTRAINT "_procedures_v_version_methods_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v_version_methods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_documents" ADD CONSTRAINT "_procedures_v_version_documents_form_id_forms_id_fk" FOREIGN KEY ("form_id") REFERENCES "public"."forms"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_documents" ADD CONSTRAINT "_procedures_v_version_documents_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_documents_locales" ADD CONSTRAINT "_procedures_v_version_documents_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v_version_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_legal_basis" ADD CONSTRAINT "_procedures_v_version_legal_basis_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_legal_basis_locales" ADD CONSTRAINT "_procedures_v_version_legal_basis_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v_version_legal_basis"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_untranslated" ADD CONSTRAINT "_procedures_v_version_untranslated_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v" ADD CONSTRAINT "_procedures_v_parent_id_procedures_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v" ADD CONSTRAINT "_procedures_v_version_sector_id_sectors_id_fk" FOREIGN KEY ("version_sector_id") REFERENCES "public"."sectors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v" ADD CONSTRAINT "_procedures_v_version_agency_id_agencies_id_fk" FOREIGN KEY ("version_agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v_locales" ADD CONSTRAINT "_procedures_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_texts" ADD CONSTRAINT "_procedures_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_rels" ADD CONSTRAINT "_procedures_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_rels" ADD CONSTRAINT "_procedures_v_rels_agencies_fk" FOREIGN KEY ("agencies_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_untranslated" ADD CONSTRAINT "faqs_untranslated_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs" ADD CONSTRAINT "faqs_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "faqs" ADD CONSTRAINT "faqs_sector_id_sectors_id_fk" FOREIGN KEY ("sector_id") REFERENCES "public"."sectors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "faqs_locales" ADD CONSTRAINT "faqs_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_rels" ADD CONSTRAINT "faqs_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_rels" ADD CONSTRAINT "faqs_rels_procedures_fk" FOREIGN KEY ("procedures_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v_version_untranslated" ADD CONSTRAINT "_faqs_v_version_untranslated_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_faqs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v" ADD CONSTRAINT "_faqs_v_parent_id_faqs_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."faqs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v" ADD CONSTRAINT "_faqs_v_version_agency_id_agencies_id_fk" FOREIGN KEY ("version_agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v" ADD CONSTRAINT "_faqs_v_version_sector_id_sectors_id_fk" FOREIGN KEY ("version_sector_id") REFERENCES "public"."sectors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v_locales" ADD CONSTRAINT "_faqs_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_faqs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v_rels" ADD CONSTRAINT "_faqs_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_faqs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v_rels" ADD CONSTRAINT "_faqs_v_rels_procedures_fk" FOREIGN KEY ("procedures_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "life_events_untranslated" ADD CONSTRAINT "life_events_untranslated_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."life_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "life_events" ADD CONSTRAINT "life_events_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "life_events_locales" ADD CONSTRAINT "life_events_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."life_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "life_events_rels" ADD CONSTRAINT "life_events_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."life_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "life_events_rels" ADD CONSTRAINT "life_events_rels_procedures_fk" FOREIGN KEY ("procedures_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_life_events_v_version_untranslated" ADD CONSTRAINT "_life_events_v_version_untranslated_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_life_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_life_events_v" ADD CONSTRAINT "_life_events_v_parent_id_life_events_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."life_events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_life_events_v" ADD CONSTRAINT "_life_events_v_version_agency_id_agencies_id_fk" FOREIGN KEY ("version_agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_life_events_v_locales" ADD CONSTRAINT "_life_events_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_life_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_life_events_v_rels" ADD CONSTRAINT "_life_events_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_life_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_life_events_v_rels" ADD CONSTRAINT "_life_events_v_rels_procedures_fk" FOREIGN KEY ("procedures_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms" ADD CONSTRAINT "forms_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "forms_locales" ADD CONSTRAINT "forms_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms_rels" ADD CONSTRAINT "forms_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms_rels" ADD CONSTRAINT "forms_rels_procedures_fk" FOREIGN KEY ("procedures_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos_captions" ADD CONSTRAINT "videos_captions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos" ADD CONSTRAINT "videos_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos_locales" ADD CONSTRAINT "videos_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos_rels" ADD CONSTRAINT "videos_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos_rels" ADD CONSTRAINT "videos_rels_procedures_fk" FOREIGN KEY ("procedures_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "agencies" ADD CONSTRAINT "agencies_parent_id_agencies_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agencies_locales" ADD CONSTRAINT "agencies_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "agencies_rels" ADD CONSTRAINT "agencies_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "agencies_rels" ADD CONSTRAINT "agencies_rels_agencies_fk" FOREIGN KEY ("agencies_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sectors" ADD CONSTRAINT "sectors_ministry_id_agencies_id_fk" FOREIGN KEY ("ministry_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sectors_locales" ADD CONSTRAINT "sectors_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sectors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_procedures_fk" FOREIGN KEY ("procedures_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_life_events_fk" FOREIGN KEY ("life_events_id") REFERENCES "public"."life_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_forms_fk" FOREIGN KEY ("forms_id") REFERENCES "public"."forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_videos_fk" FOREIGN KEY ("videos_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_agencies_fk" FOREIGN KEY ("agencies_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sectors_fk" FOREIGN KEY ("sectors_id") REFERENCES "public"."sectors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "procedures_subjects_order_idx" ON "procedures_subjects" USING btree ("order");
  CREATE INDEX "procedures_subjects_parent_idx" ON "procedures_subjects" USING btree ("parent_id");
  CREATE INDEX "procedures_steps_order_idx" ON "procedures_steps" USING btree ("_order");
  CREATE INDEX "procedures_steps_parent_id_idx" ON "procedures_steps" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "procedures_steps_locales_locale_parent_id_unique" ON "procedures_steps_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "procedures_methods_order_idx" ON "procedures_methods" USING btree ("_order");
  CREATE INDEX "procedures_methods_parent_id_idx" ON "procedures_methods" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "procedures_methods_locales_locale_parent_id_unique" ON "procedures_methods_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "procedures_documents_order_idx" ON "procedures_documents" USING btree ("_order");
  CREATE INDEX "procedures_documents_parent_id_idx" ON "procedures_documents" USING btree ("_parent_id");
  CREATE INDEX "procedures_documents_form_idx" ON "procedures_documents" USING btree ("form_id");
  CREATE UNIQUE INDEX "procedures_documents_locales_locale_parent_id_unique" ON "procedures_documents_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "procedures_legal_basis_order_idx" ON "procedures_legal_basis" USING btree ("_order");
  CREATE INDEX "procedures_legal_basis_parent_id_idx" ON "procedures_legal_basis" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "procedures_legal_basis_locales_locale_parent_id_unique" ON "procedures_legal_basis_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "procedures_untranslated_order_idx" ON "procedures_untranslated" USING btree ("order");
  CREATE INDEX "procedures_untranslated_parent_idx" ON "procedures_untranslated" USING btree ("parent_id");
  CREATE INDEX "procedures_untranslated_value_idx" ON "procedures_untranslated" USING btree ("value");
  CREATE UNIQUE INDEX "procedures_code_idx" ON "procedures" USING btree ("code");
  CREATE INDEX "procedures_level_idx" ON "procedures" USING btree ("level");
  CREATE INDEX "procedures_service_level_idx" ON "procedures" USING btree ("service_level");
  CREATE INDEX "procedures_sector_idx" ON "procedures" USING btree ("sector_id");
  CREATE INDEX "procedures_agency_idx" ON "procedures" USING btree ("agency_id");
  CREATE INDEX "procedures_synthetic_idx" ON "procedures" USING btree ("synthetic");
  CREATE INDEX "procedures_updated_at_idx" ON "procedures" USING btree ("updated_at");
  CREATE INDEX "procedures_created_at_idx" ON "procedures" USING btree ("created_at");
  CREATE INDEX "procedures__status_idx" ON "procedures" USING btree ("_status");
  CREATE UNIQUE INDEX "procedures_locales_locale_parent_id_unique" ON "procedures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "procedures_texts_order_parent" ON "procedures_texts" USING btree ("order","parent_id");
  CREATE INDEX "procedures_texts_locale_parent" ON "procedures_texts" USING btree ("locale","parent_id");
  CREATE INDEX "procedures_rels_order_idx" ON "procedures_rels" USING btree ("order");
  CREATE INDEX "procedures_rels_parent_idx" ON "procedures_rels" USING btree ("parent_id");
  CREATE INDEX "procedures_rels_path_idx" ON "procedures_rels" USING btree ("path");
  CREATE INDEX "procedures_rels_agencies_id_idx" ON "procedures_rels" USING btree ("agencies_id");
  CREATE INDEX "_procedures_v_version_subjects_order_idx" ON "_procedures_v_version_subjects" USING btree ("order");
  CREATE INDEX "_procedures_v_version_subjects_parent_idx" ON "_procedures_v_version_subjects" USING btree ("parent_id");
  CREATE INDEX "_procedures_v_version_steps_order_idx" ON "_procedures_v_version_steps" USING btree ("_order");
  CREATE INDEX "_procedures_v_version_steps_parent_id_idx" ON "_procedures_v_version_steps" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_procedures_v_version_steps_locales_locale_parent_id_unique" ON "_procedures_v_version_steps_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_procedures_v_version_methods_order_idx" ON "_procedures_v_version_methods" USING btree ("_order");
  CREATE INDEX "_procedures_v_version_methods_parent_id_idx" ON "_procedures_v_version_methods" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_procedures_v_version_methods_locales_locale_parent_id_uniqu" ON "_procedures_v_version_methods_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_procedures_v_version_documents_order_idx" ON "_procedures_v_version_documents" USING btree ("_order");
  CREATE INDEX "_procedures_v_version_documents_parent_id_idx" ON "_procedures_v_version_documents" USING btree ("_parent_id");
  CREATE INDEX "_procedures_v_version_documents_form_idx" ON "_procedures_v_version_documents" USING btree ("form_id");
  CREATE UNIQUE INDEX "_procedures_v_version_documents_locales_locale_parent_id_uni" ON "_procedures_v_version_documents_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_procedures_v_version_legal_basis_order_idx" ON "_procedures_v_version_legal_basis" USING btree ("_order");
  CREATE INDEX "_procedures_v_version_legal_basis_parent_id_idx" ON "_procedures_v_version_legal_basis" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_procedures_v_version_legal_basis_locales_locale_parent_id_u" ON "_procedures_v_version_legal_basis_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_procedures_v_version_untranslated_order_idx" ON "_procedures_v_version_untranslated" USING btree ("order");
  CREATE INDEX "_procedures_v_version_untranslated_parent_idx" ON "_procedures_v_version_untranslated" USING btree ("parent_id");
  CREATE INDEX "_procedures_v_version_untranslated_value_idx" ON "_procedures_v_version_untranslated" USING btree ("value");
  CREATE INDEX "_procedures_v_parent_idx" ON "_procedures_v" USING btree ("parent_id");
  CREATE INDEX "_procedures_v_version_version_code_idx" ON "_procedures_v" USING btree ("version_code");
  CREATE INDEX "_procedures_v_version_version_level_idx" ON "_procedures_v" USING btree ("version_level");
  CREATE INDEX "_procedures_v_version_version_service_level_idx" ON "_procedures_v" USING btree ("version_service_level");
  CREATE INDEX "_procedures_v_version_version_sector_idx" ON "_procedures_v" USING btree ("version_sector_id");
  CREATE INDEX "_procedures_v_version_version_agency_idx" ON "_procedures_v" USING btree ("version_agency_id");
  CREATE INDEX "_procedures_v_version_version_synthetic_idx" ON "_procedures_v" USING btree ("version_synthetic");
  CREATE INDEX "_procedures_v_version_version_updated_at_idx" ON "_procedures_v" USING btree ("version_updated_at");
  CREATE INDEX "_procedures_v_version_version_created_at_idx" ON "_procedures_v" USING btree ("version_created_at");
  CREATE INDEX "_procedures_v_version_version__status_idx" ON "_procedures_v" USING btree ("version__status");
  CREATE INDEX "_procedures_v_created_at_idx" ON "_procedures_v" USING btree ("created_at");
  CREATE INDEX "_procedures_v_updated_at_idx" ON "_procedures_v" USING btree ("updated_at");
  CREATE INDEX "_procedures_v_snapshot_idx" ON "_procedures_v" USING btree ("snapshot");
  CREATE INDEX "_procedures_v_published_locale_idx" ON "_procedures_v" USING btree ("published_locale");
  CREATE INDEX "_procedures_v_latest_idx" ON "_procedures_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_procedures_v_locales_locale_parent_id_unique" ON "_procedures_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_procedures_v_texts_order_parent" ON "_procedures_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_procedures_v_texts_locale_parent" ON "_procedures_v_texts" USING btree ("locale","parent_id");
  CREATE INDEX "_procedures_v_rels_order_idx" ON "_procedures_v_rels" USING btree ("order");
  CREATE INDEX "_procedures_v_rels_parent_idx" ON "_procedures_v_rels" USING btree ("parent_id");
  CREATE INDEX "_procedures_v_rels_path_idx" ON "_procedures_v_rels" USING btree ("path");
  CREATE INDEX "_procedures_v_rels_agencies_id_idx" ON "_procedures_v_rels" USING btree ("agencies_id");
  CREATE INDEX "faqs_untranslated_order_idx" ON "faqs_untranslated" USING btree ("order");
  CREATE INDEX "faqs_untranslated_parent_idx" ON "faqs_untranslated" USING btree ("parent_id");
  CREATE INDEX "faqs_untranslated_value_idx" ON "faqs_untranslated" USING btree ("value");
  CREATE UNIQUE INDEX "faqs_slug_idx" ON "faqs" USING btree ("slug");
  CREATE INDEX "faqs_agency_idx" ON "faqs" USING btree ("agency_id");
  CREATE INDEX "faqs_sector_idx" ON "faqs" USING btree ("sector_id");
  CREATE INDEX "faqs_synthetic_idx" ON "faqs" USING btree ("synthetic");
  CREATE INDEX "faqs_updated_at_idx" ON "faqs" USING btree ("updated_at");
  CREATE INDEX "faqs_created_at_idx" ON "faqs" USING btree ("created_at");
  CREATE INDEX "faqs__status_idx" ON "faqs" USING btree ("_status");
  CREATE UNIQUE INDEX "faqs_locales_locale_parent_id_unique" ON "faqs_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "faqs_rels_order_idx" ON "faqs_rels" USING btree ("order");
  CREATE INDEX "faqs_rels_parent_idx" ON "faqs_rels" USING btree ("parent_id");
  CREATE INDEX "faqs_rels_path_idx" ON "faqs_rels" USING btree ("path");
  CREATE INDEX "faqs_rels_procedures_id_idx" ON "faqs_rels" USING btree ("procedures_id");
  CREATE INDEX "_faqs_v_version_untranslated_order_idx" ON "_faqs_v_version_untranslated" USING btree ("order");
  CREATE INDEX "_faqs_v_version_untranslated_parent_idx" ON "_faqs_v_version_untranslated" USING btree ("parent_id");
  CREATE INDEX "_faqs_v_version_untranslated_value_idx" ON "_faqs_v_version_untranslated" USING btree ("value");
  CREATE INDEX "_faqs_v_parent_idx" ON "_faqs_v" USING btree ("parent_id");
  CREATE INDEX "_faqs_v_version_version_slug_idx" ON "_faqs_v" USING btree ("version_slug");
  CREATE INDEX "_faqs_v_version_version_agency_idx" ON "_faqs_v" USING btree ("version_agency_id");
  CREATE INDEX "_faqs_v_version_version_sector_idx" ON "_faqs_v" USING btree ("version_sector_id");
  CREATE INDEX "_faqs_v_version_version_synthetic_idx" ON "_faqs_v" USING btree ("version_synthetic");
  CREATE INDEX "_faqs_v_version_version_updated_at_idx" ON "_faqs_v" USING btree ("version_updated_at");
  CREATE INDEX "_faqs_v_version_version_created_at_idx" ON "_faqs_v" USING btree ("version_created_at");
  CREATE INDEX "_faqs_v_version_version__status_idx" ON "_faqs_v" USING btree ("version__status");
  CREATE INDEX "_faqs_v_created_at_idx" ON "_faqs_v" USING btree ("created_at");
  CREATE INDEX "_faqs_v_updated_at_idx" ON "_faqs_v" USING btree ("updated_at");
  CREATE INDEX "_faqs_v_snapshot_idx" ON "_faqs_v" USING btree ("snapshot");
  CREATE INDEX "_faqs_v_published_locale_idx" ON "_faqs_v" USING btree ("published_locale");
  CREATE INDEX "_faqs_v_latest_idx" ON "_faqs_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_faqs_v_locales_locale_parent_id_unique" ON "_faqs_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_faqs_v_rels_order_idx" ON "_faqs_v_rels" USING btree ("order");
  CREATE INDEX "_faqs_v_rels_parent_idx" ON "_faqs_v_rels" USING btree ("parent_id");
  CREATE INDEX "_faqs_v_rels_path_idx" ON "_faqs_v_rels" USING btree ("path");
  CREATE INDEX "_faqs_v_rels_procedures_id_idx" ON "_faqs_v_rels" USING btree ("procedures_id");
  CREATE INDEX "life_events_untranslated_order_idx" ON "life_events_untranslated" USING btree ("order");
  CREATE INDEX "life_events_untranslated_parent_idx" ON "life_events_untranslated" USING btree ("parent_id");
  CREATE INDEX "life_events_untranslated_value_idx" ON "life_events_untranslated" USING btree ("value");
  CREATE UNIQUE INDEX "life_events_slug_idx" ON "life_events" USING btree ("slug");
  CREATE INDEX "life_events_audience_idx" ON "life_events" USING btree ("audience");
  CREATE INDEX "life_events_agency_idx" ON "life_events" USING btree ("agency_id");
  CREATE INDEX "life_events_updated_at_idx" ON "life_events" USING btree ("updated_at");
  CREATE INDEX "life_events_created_at_idx" ON "life_events" USING btree ("created_at");
  CREATE INDEX "life_events__status_idx" ON "life_events" USING btree ("_status");
  CREATE UNIQUE INDEX "life_events_locales_locale_parent_id_unique" ON "life_events_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "life_events_rels_order_idx" ON "life_events_rels" USING btree ("order");
  CREATE INDEX "life_events_rels_parent_idx" ON "life_events_rels" USING btree ("parent_id");
  CREATE INDEX "life_events_rels_path_idx" ON "life_events_rels" USING btree ("path");
  CREATE INDEX "life_events_rels_procedures_id_idx" ON "life_events_rels" USING btree ("procedures_id");
  CREATE INDEX "_life_events_v_version_untranslated_order_idx" ON "_life_events_v_version_untranslated" USING btree ("order");
  CREATE INDEX "_life_events_v_version_untranslated_parent_idx" ON "_life_events_v_version_untranslated" USING btree ("parent_id");
  CREATE INDEX "_life_events_v_version_untranslated_value_idx" ON "_life_events_v_version_untranslated" USING btree ("value");
  CREATE INDEX "_life_events_v_parent_idx" ON "_life_events_v" USING btree ("parent_id");
  CREATE INDEX "_life_events_v_version_version_slug_idx" ON "_life_events_v" USING btree ("version_slug");
  CREATE INDEX "_life_events_v_version_version_audience_idx" ON "_life_events_v" USING btree ("version_audience");
  CREATE INDEX "_life_events_v_version_version_agency_idx" ON "_life_events_v" USING btree ("version_agency_id");
  CREATE INDEX "_life_events_v_version_version_updated_at_idx" ON "_life_events_v" USING btree ("version_updated_at");
  CREATE INDEX "_life_events_v_version_version_created_at_idx" ON "_life_events_v" USING btree ("version_created_at");
  CREATE INDEX "_life_events_v_version_version__status_idx" ON "_life_events_v" USING btree ("version__status");
  CREATE INDEX "_life_events_v_created_at_idx" ON "_life_events_v" USING btree ("created_at");
  CREATE INDEX "_life_events_v_updated_at_idx" ON "_life_events_v" USING btree ("updated_at");
  CREATE INDEX "_life_events_v_snapshot_idx" ON "_life_events_v" USING btree ("snapshot");
  CREATE INDEX "_life_events_v_published_locale_idx" ON "_life_events_v" USING btree ("published_locale");
  CREATE INDEX "_life_events_v_latest_idx" ON "_life_events_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_life_events_v_locales_locale_parent_id_unique" ON "_life_events_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_life_events_v_rels_order_idx" ON "_life_events_v_rels" USING btree ("order");
  CREATE INDEX "_life_events_v_rels_parent_idx" ON "_life_events_v_rels" USING btree ("parent_id");
  CREATE INDEX "_life_events_v_rels_path_idx" ON "_life_events_v_rels" USING btree ("path");
  CREATE INDEX "_life_events_v_rels_procedures_id_idx" ON "_life_events_v_rels" USING btree ("procedures_id");
  CREATE UNIQUE INDEX "forms_slug_idx" ON "forms" USING btree ("slug");
  CREATE INDEX "forms_code_idx" ON "forms" USING btree ("code");
  CREATE INDEX "forms_agency_idx" ON "forms" USING btree ("agency_id");
  CREATE INDEX "forms_updated_at_idx" ON "forms" USING btree ("updated_at");
  CREATE INDEX "forms_created_at_idx" ON "forms" USING btree ("created_at");
  CREATE UNIQUE INDEX "forms_filename_idx" ON "forms" USING btree ("filename");
  CREATE UNIQUE INDEX "forms_locales_locale_parent_id_unique" ON "forms_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "forms_rels_order_idx" ON "forms_rels" USING btree ("order");
  CREATE INDEX "forms_rels_parent_idx" ON "forms_rels" USING btree ("parent_id");
  CREATE INDEX "forms_rels_path_idx" ON "forms_rels" USING btree ("path");
  CREATE INDEX "forms_rels_procedures_id_idx" ON "forms_rels" USING btree ("procedures_id");
  CREATE INDEX "videos_captions_order_idx" ON "videos_captions" USING btree ("_order");
  CREATE INDEX "videos_captions_parent_id_idx" ON "videos_captions" USING btree ("_parent_id");
  CREATE INDEX "videos_agency_idx" ON "videos" USING btree ("agency_id");
  CREATE INDEX "videos_updated_at_idx" ON "videos" USING btree ("updated_at");
  CREATE INDEX "videos_created_at_idx" ON "videos" USING btree ("created_at");
  CREATE UNIQUE INDEX "videos_filename_idx" ON "videos" USING btree ("filename");
  CREATE UNIQUE INDEX "videos_locales_locale_parent_id_unique" ON "videos_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "videos_rels_order_idx" ON "videos_rels" USING btree ("order");
  CREATE INDEX "videos_rels_parent_idx" ON "videos_rels" USING btree ("parent_id");
  CREATE INDEX "videos_rels_path_idx" ON "videos_rels" USING btree ("path");
  CREATE INDEX "videos_rels_procedures_id_idx" ON "videos_rels" USING btree ("procedures_id");
  CREATE INDEX "media_agency_idx" ON "media" USING btree ("agency_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_wide_sizes_wide_filename_idx" ON "media" USING btree ("sizes_wide_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "agencies_code_idx" ON "agencies" USING btree ("code");
  CREATE UNIQUE INDEX "agencies_slug_idx" ON "agencies" USING btree ("slug");
  CREATE INDEX "agencies_kind_idx" ON "agencies" USING btree ("kind");
  CREATE INDEX "agencies_parent_idx" ON "agencies" USING btree ("parent_id");
  CREATE INDEX "agencies_updated_at_idx" ON "agencies" USING btree ("updated_at");
  CREATE INDEX "agencies_created_at_idx" ON "agencies" USING btree ("created_at");
  CREATE UNIQUE INDEX "agencies_locales_locale_parent_id_unique" ON "agencies_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "agencies_rels_order_idx" ON "agencies_rels" USING btree ("order");
  CREATE INDEX "agencies_rels_parent_idx" ON "agencies_rels" USING btree ("parent_id");
  CREATE INDEX "agencies_rels_path_idx" ON "agencies_rels" USING btree ("path");
  CREATE INDEX "agencies_rels_agencies_id_idx" ON "agencies_rels" USING btree ("agencies_id");
  CREATE UNIQUE INDEX "sectors_code_idx" ON "sectors" USING btree ("code");
  CREATE UNIQUE INDEX "sectors_slug_idx" ON "sectors" USING btree ("slug");
  CREATE INDEX "sectors_ministry_idx" ON "sectors" USING btree ("ministry_id");
  CREATE INDEX "sectors_updated_at_idx" ON "sectors" USING btree ("updated_at");
  CREATE INDEX "sectors_created_at_idx" ON "sectors" USING btree ("created_at");
  CREATE UNIQUE INDEX "sectors_locales_locale_parent_id_unique" ON "sectors_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_agency_idx" ON "users" USING btree ("agency_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_procedures_id_idx" ON "payload_locked_documents_rels" USING btree ("procedures_id");
  CREATE INDEX "payload_locked_documents_rels_faqs_id_idx" ON "payload_locked_documents_rels" USING btree ("faqs_id");
  CREATE INDEX "payload_locked_documents_rels_life_events_id_idx" ON "payload_locked_documents_rels" USING btree ("life_events_id");
  CREATE INDEX "payload_locked_documents_rels_forms_id_idx" ON "payload_locked_documents_rels" USING btree ("forms_id");
  CREATE INDEX "payload_locked_documents_rels_videos_id_idx" ON "payload_locked_documents_rels" USING btree ("videos_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_agencies_id_idx" ON "payload_locked_documents_rels" USING btree ("agencies_id");
  CREATE INDEX "payload_locked_documents_rels_sectors_id_idx" ON "payload_locked_documents_rels" USING btree ("sectors_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "procedures_subjects" CASCADE;
  DROP TABLE "procedures_steps" CASCADE;
  DROP TABLE "procedures_steps_locales" CASCADE;
  DROP TABLE "procedures_methods" CASCADE;
  DROP TABLE "procedures_methods_locales" CASCADE;
  DROP TABLE "procedures_documents" CASCADE;
  DROP TABLE "procedures_documents_locales" CASCADE;
  DROP TABLE "procedures_legal_basis" CASCADE;
  DROP TABLE "procedures_legal_basis_locales" CASCADE;
  DROP TABLE "procedures_untranslated" CASCADE;
  DROP TABLE "procedures" CASCADE;
  DROP TABLE "procedures_locales" CASCADE;
  DROP TABLE "procedures_texts" CASCADE;
  DROP TABLE "procedures_rels" CASCADE;
  DROP TABLE "_procedures_v_version_subjects" CASCADE;
  DROP TABLE "_procedures_v_version_steps" CASCADE;
  DROP TABLE "_procedures_v_version_steps_locales" CASCADE;
  DROP TABLE "_procedures_v_version_methods" CASCADE;
  DROP TABLE "_procedures_v_version_methods_locales" CASCADE;
  DROP TABLE "_procedures_v_version_documents" CASCADE;
  DROP TABLE "_procedures_v_version_documents_locales" CASCADE;
  DROP TABLE "_procedures_v_version_legal_basis" CASCADE;
  DROP TABLE "_procedures_v_version_legal_basis_locales" CASCADE;
  DROP TABLE "_procedures_v_version_untranslated" CASCADE;
  DROP TABLE "_procedures_v" CASCADE;
  DROP TABLE "_procedures_v_locales" CASCADE;
  DROP TABLE "_procedures_v_texts" CASCADE;
  DROP TABLE "_procedures_v_rels" CASCADE;
  DROP TABLE "faqs_untranslated" CASCADE;
  DROP TABLE "faqs" CASCADE;
  DROP TABLE "faqs_locales" CASCADE;
  DROP TABLE "faqs_rels" CASCADE;
  DROP TABLE "_faqs_v_version_untranslated" CASCADE;
  DROP TABLE "_faqs_v" CASCADE;
  DROP TABLE "_faqs_v_locales" CASCADE;
  DROP TABLE "_faqs_v_rels" CASCADE;
  DROP TABLE "life_events_untranslated" CASCADE;
  DROP TABLE "life_events" CASCADE;
  DROP TABLE "life_events_locales" CASCADE;
  DROP TABLE "life_events_rels" CASCADE;
  DROP TABLE "_life_events_v_version_untranslated" CASCADE;
  DROP TABLE "_life_events_v" CASCADE;
  DROP TABLE "_life_events_v_locales" CASCADE;
  DROP TABLE "_life_events_v_rels" CASCADE;
  DROP TABLE "forms" CASCADE;
  DROP TABLE "forms_locales" CASCADE;
  DROP TABLE "forms_rels" CASCADE;
  DROP TABLE "videos_captions" CASCADE;
  DROP TABLE "videos" CASCADE;
  DROP TABLE "videos_locales" CASCADE;
  DROP TABLE "videos_rels" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "agencies" CASCADE;
  DROP TABLE "agencies_locales" CASCADE;
  DROP TABLE "agencies_rels" CASCADE;
  DROP TABLE "sectors" CASCADE;
  DROP TABLE "sectors_locales" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_procedures_subjects";
  DROP TYPE "public"."enum_procedures_methods_channel";
  DROP TYPE "public"."enum_procedures_methods_time_unit";
  DROP TYPE "public"."enum_procedures_untranslated";
  DROP TYPE "public"."enum_procedures_level";
  DROP TYPE "public"."enum_procedures_service_level";
  DROP TYPE "public"."enum_procedures_status";
  DROP TYPE "public"."enum__procedures_v_version_subjects";
  DROP TYPE "public"."enum__procedures_v_version_methods_channel";
  DROP TYPE "public"."enum__procedures_v_version_methods_time_unit";
  DROP TYPE "public"."enum__procedures_v_version_untranslated";
  DROP TYPE "public"."enum__procedures_v_version_level";
  DROP TYPE "public"."enum__procedures_v_version_service_level";
  DROP TYPE "public"."enum__procedures_v_version_status";
  DROP TYPE "public"."enum__procedures_v_published_locale";
  DROP TYPE "public"."enum_faqs_untranslated";
  DROP TYPE "public"."enum_faqs_status";
  DROP TYPE "public"."enum__faqs_v_version_untranslated";
  DROP TYPE "public"."enum__faqs_v_version_status";
  DROP TYPE "public"."enum__faqs_v_published_locale";
  DROP TYPE "public"."enum_life_events_untranslated";
  DROP TYPE "public"."enum_life_events_audience";
  DROP TYPE "public"."enum_life_events_status";
  DROP TYPE "public"."enum__life_events_v_version_untranslated";
  DROP TYPE "public"."enum__life_events_v_version_audience";
  DROP TYPE "public"."enum__life_events_v_version_status";
  DROP TYPE "public"."enum__life_events_v_published_locale";
  DROP TYPE "public"."enum_videos_captions_language";
  DROP TYPE "public"."enum_agencies_kind";
  DROP TYPE "public"."enum_users_roles";`)
}
