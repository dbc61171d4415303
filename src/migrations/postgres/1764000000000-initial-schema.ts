import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The initial schema on PostgreSQL (the SQLite one is ../1764000000000-initial-schema.ts): every
 * entity table with its foreign keys and indexes as TypeORM derives them from src/entities, with
 * epoch-millisecond columns as bigint, plus the full-text search table: a tsvector column (title
 * weighted A, body B, written with each entry) over a GIN index, where SQLite has FTS5. Same name
 * as the SQLite migration, so both dialects record one history.
 */
export class PostgresInitialSchema1764000000000 implements MigrationInterface {
  name = 'InitialSchema1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE "alias" ("id" SERIAL NOT NULL, "entityType" character varying NOT NULL, "entityId" integer NOT NULL, "name" character varying NOT NULL, "key" character varying NOT NULL, "reason" character varying NOT NULL, "articleId" integer, CONSTRAINT "PK_b1848d04b41d10a5712fc2e673c" PRIMARY KEY ("id"))`,
      `CREATE INDEX "idx_alias_lookup" ON "alias" ("entityType", "key")`,
      `CREATE UNIQUE INDEX "idx_alias_unique" ON "alias" ("entityType", "entityId", "key")`,
      `CREATE TABLE "place" ("id" SERIAL NOT NULL, "name" character varying NOT NULL, "nameKey" character varying NOT NULL, "kind" character varying NOT NULL DEFAULT 'OTHER', CONSTRAINT "PK_96ab91d43aa89c5de1b59ee7cca" PRIMARY KEY ("id"))`,
      `CREATE UNIQUE INDEX "idx_place_name_key" ON "place" ("nameKey")`,
      `CREATE TABLE "article" ("id" SERIAL NOT NULL, "url" character varying, "contentHash" character varying NOT NULL, "headline" text NOT NULL, "body" text NOT NULL, "publishedAt" character varying, "publishedTs" bigint, "source" character varying, "section" character varying, "dateline" character varying, "datelinePlaceId" integer, "language" character varying NOT NULL DEFAULT 'en', "ingestedAt" character varying NOT NULL, CONSTRAINT "PK_40808690eb7b915046558c0f81b" PRIMARY KEY ("id"))`,
      `CREATE UNIQUE INDEX "idx_article_url" ON "article" ("url")`,
      `CREATE UNIQUE INDEX "idx_article_content_hash" ON "article" ("contentHash")`,
      `CREATE INDEX "idx_article_published_ts" ON "article" ("publishedTs")`,
      `CREATE INDEX "idx_article_source" ON "article" ("source")`,
      `CREATE TABLE "event" ("id" SERIAL NOT NULL, "name" character varying NOT NULL, "nameKey" character varying NOT NULL, "kind" character varying NOT NULL DEFAULT 'OTHER', "startDate" character varying, "endDate" character varying, "placeId" integer, CONSTRAINT "PK_30c2f3bbaf6d34a55f8ae6e4614" PRIMARY KEY ("id"))`,
      `CREATE INDEX "idx_event_name_key" ON "event" ("nameKey")`,
      `CREATE INDEX "idx_event_start_date" ON "event" ("startDate")`,
      `CREATE INDEX "idx_event_place" ON "event" ("placeId")`,
      `CREATE TABLE "organization" ("id" SERIAL NOT NULL, "name" character varying NOT NULL, "nameKey" character varying NOT NULL, "acronym" character varying, "kind" character varying NOT NULL DEFAULT 'OTHER', CONSTRAINT "PK_472c1f99a32def1b0abb219cd67" PRIMARY KEY ("id"))`,
      `CREATE INDEX "idx_organization_name_key" ON "organization" ("nameKey")`,
      `CREATE TABLE "person" ("id" SERIAL NOT NULL, "name" character varying NOT NULL, "nameKey" character varying NOT NULL, CONSTRAINT "PK_5fdaf670315c4b7e70cce85daa3" PRIMARY KEY ("id"))`,
      `CREATE INDEX "idx_person_name_key" ON "person" ("nameKey")`,
      `CREATE TABLE "event_participant" ("id" SERIAL NOT NULL, "eventId" integer NOT NULL, "personId" integer, "organizationId" integer, CONSTRAINT "PK_f1e5f8e9b2e1f4838c66f6a96c6" PRIMARY KEY ("id"))`,
      `CREATE INDEX "idx_event_participant_person" ON "event_participant" ("personId")`,
      `CREATE INDEX "idx_event_participant_organization" ON "event_participant" ("organizationId")`,
      `CREATE UNIQUE INDEX "idx_event_participant_unique" ON "event_participant" ("eventId", "personId", "organizationId")`,
      `CREATE TABLE "mention" ("id" SERIAL NOT NULL, "articleId" integer NOT NULL, "entityType" character varying NOT NULL, "entityId" integer NOT NULL, "count" integer NOT NULL, "firstOffset" integer NOT NULL, "publishedTs" bigint, CONSTRAINT "PK_9b02b76c4b65e3c35c1a545bf57" PRIMARY KEY ("id"))`,
      `CREATE INDEX "idx_mention_entity" ON "mention" ("entityType", "entityId", "publishedTs")`,
      `CREATE UNIQUE INDEX "idx_mention_unique" ON "mention" ("articleId", "entityType", "entityId")`,
      `CREATE TABLE "person_role" ("id" SERIAL NOT NULL, "personId" integer NOT NULL, "title" character varying NOT NULL, "organizationId" integer, "asOf" character varying, "articleId" integer NOT NULL, CONSTRAINT "PK_7dfed12a35115c66c0ab0c22b0d" PRIMARY KEY ("id"))`,
      `CREATE INDEX "idx_person_role_person" ON "person_role" ("personId")`,
      `CREATE INDEX "idx_person_role_organization" ON "person_role" ("organizationId")`,
      `CREATE INDEX "idx_person_role_article" ON "person_role" ("articleId")`,
      `CREATE UNIQUE INDEX "idx_person_role_unique" ON "person_role" ("personId", "title", "organizationId", "articleId")`,
      `CREATE TABLE "quote" ("id" SERIAL NOT NULL, "kind" character varying NOT NULL, "text" text NOT NULL, "articleId" integer NOT NULL, "speakerId" integer, "speakerRoleId" integer, "speakerText" character varying, "eventId" integer, "startOffset" integer NOT NULL, "endOffset" integer NOT NULL, "sentenceStart" integer NOT NULL, "sentenceEnd" integer NOT NULL, "cueVerb" character varying, "attribution" character varying NOT NULL, "confidence" real NOT NULL, "publishedTs" bigint, CONSTRAINT "PK_b772d4cb09e587c8c72a78d2439" PRIMARY KEY ("id"))`,
      `CREATE INDEX "idx_quote_article" ON "quote" ("articleId")`,
      `CREATE INDEX "idx_quote_event" ON "quote" ("eventId")`,
      `CREATE INDEX "idx_quote_published" ON "quote" ("publishedTs")`,
      `CREATE INDEX "idx_quote_speaker_published" ON "quote" ("speakerId", "publishedTs")`,
      `ALTER TABLE "article" ADD CONSTRAINT "FK_e3aa84059aa541038564a327384" FOREIGN KEY ("datelinePlaceId") REFERENCES "place"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
      `ALTER TABLE "event" ADD CONSTRAINT "FK_48f8fdd484d8e24b6ec3c91f0f5" FOREIGN KEY ("placeId") REFERENCES "place"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
      `ALTER TABLE "event_participant" ADD CONSTRAINT "FK_795b93c7e6831c82a0b5c1a5d79" FOREIGN KEY ("eventId") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "event_participant" ADD CONSTRAINT "FK_627217694791ee63f54aa5fac83" FOREIGN KEY ("personId") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "event_participant" ADD CONSTRAINT "FK_2ca5d4294dddfa20e4f48daf695" FOREIGN KEY ("organizationId") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "mention" ADD CONSTRAINT "FK_1c2c9296760e34ee7388f91017b" FOREIGN KEY ("articleId") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "person_role" ADD CONSTRAINT "FK_db538089003770e376fea746eea" FOREIGN KEY ("personId") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "person_role" ADD CONSTRAINT "FK_cbb35161f126c45aa6be206f434" FOREIGN KEY ("organizationId") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
      `ALTER TABLE "person_role" ADD CONSTRAINT "FK_90e3a16154818826db9eb638cef" FOREIGN KEY ("articleId") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "quote" ADD CONSTRAINT "FK_66ceb0c846089e0860b10010737" FOREIGN KEY ("articleId") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "quote" ADD CONSTRAINT "FK_21c0f9a9c0431c124bd2bb7c326" FOREIGN KEY ("speakerId") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
      `ALTER TABLE "quote" ADD CONSTRAINT "FK_8b5b6e7996c265b2068f9c86620" FOREIGN KEY ("speakerRoleId") REFERENCES "person_role"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
      `ALTER TABLE "quote" ADD CONSTRAINT "FK_af29e8253e69b1965fd0652806f" FOREIGN KEY ("eventId") REFERENCES "event"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
      // One search entry per searchable thing: rowid = id * 8 + kind code (see queries/fts.ts).
      // tsv: title weighted A, body B, of the terms FTS5 would see (written by ingest/search-writer.ts).
      `CREATE TABLE "search_index" ("rowid" bigint PRIMARY KEY, "title" text NOT NULL, "body" text NOT NULL, "tsv" tsvector NOT NULL)`,
      `CREATE INDEX "idx_search_index_tsv" ON "search_index" USING GIN ("tsv")`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['search_index', 'quote', 'mention', 'event_participant', 'person_role', 'alias', 'article', 'event', 'organization', 'person', 'place']) {
      await queryRunner.query(`DROP TABLE IF EXISTS "${table}" CASCADE`);
    }
  }
}
