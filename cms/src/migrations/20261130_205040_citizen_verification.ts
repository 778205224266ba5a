import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "citizens" ADD COLUMN "email_verified" boolean DEFAULT false;
  ALTER TABLE "citizens" ADD COLUMN "phone_verified" boolean DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "citizens" DROP COLUMN "email_verified";
  ALTER TABLE "citizens" DROP COLUMN "phone_verified";`)
}
