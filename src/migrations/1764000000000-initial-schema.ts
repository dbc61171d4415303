import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The initial schema: every entity table with its foreign keys and indexes, as TypeORM derives it
 * from src/entities (a test checks the two agree), plus the FTS5 search index.
 */
export class InitialSchema1764000000000 implements MigrationInterface {
  name = 'InitialSchema1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE "alias" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "entityType" varchar NOT NULL, "entityId" integer NOT NULL, "name" varchar NOT NULL, "key" varchar NOT NULL, "reason" varchar NOT NULL, "articleId" integer)`,
      `CREATE TABLE "place" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar NOT NULL, "nameKey" varchar NOT NULL, "kind" varchar NOT NULL DEFAULT ('OTHER'))`,
      `CREATE TABLE "organization" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar NOT NULL, "nameKey" varchar NOT NULL, "acronym" varchar, "kind" varchar NOT NULL DEFAULT ('OTHER'))`,
      `CREATE TABLE "person" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar NOT NULL, "nameKey" varchar NOT NULL)`,
      `CREATE TABLE "article" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "url" varchar, "contentHash" varchar NOT NULL, "headline" text NOT NULL, "body" text NOT NULL, "publishedAt" varchar, "publishedTs" integer, "source" varchar, "section" varchar, "dateline" varchar, "datelinePlaceId" integer, "language" varchar NOT NULL DEFAULT ('en'), "ingestedAt" varchar NOT NULL, CONSTRAINT "FK_e3aa84059aa541038564a327384" FOREIGN KEY ("datelinePlaceId") REFERENCES "place" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)`,
      `CREATE TABLE "event" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar NOT NULL, "nameKey" varchar NOT NULL, "kind" varchar NOT NULL DEFAULT ('OTHER'), "startDate" varchar, "endDate" varchar, "placeId" integer, CONSTRAINT "FK_48f8fdd484d8e24b6ec3c91f0f5" FOREIGN KEY ("placeId") REFERENCES "place" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)`,
      `CREATE TABLE "event_participant" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "eventId" integer NOT NULL, "personId" integer, "organizationId" integer, CONSTRAINT "FK_795b93c7e6831c82a0b5c1a5d79" FOREIGN KEY ("eventId") REFERENCES "event" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_627217694791ee63f54aa5fac83" FOREIGN KEY ("personId") REFERENCES "person" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_2ca5d4294dddfa20e4f48daf695" FOREIGN KEY ("organizationId") REFERENCES "organization" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
      `CREATE TABLE "mention" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "articleId" integer NOT NULL, "entityType" varchar NOT NULL, "entityId" integer NOT NULL, "count" integer NOT NULL, "firstOffset" integer NOT NULL, "publishedTs" integer, CONSTRAINT "FK_1c2c9296760e34ee7388f91017b" FOREIGN KEY ("articleId") REFERENCES "article" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
      `CREATE TABLE "person_role" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "personId" integer NOT NULL, "title" varchar NOT NULL, "organizationId" integer, "asOf" varchar, "articleId" integer NOT NULL, CONSTRAINT "FK_db538089003770e376fea746eea" FOREIGN KEY ("personId") REFERENCES "person" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_cbb35161f126c45aa6be206f434" FOREIGN KEY ("organizationId") REFERENCES "organization" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_90e3a16154818826db9eb638cef" FOREIGN KEY ("articleId") REFERENCES "article" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
      `CREATE TABLE "quote" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "kind" varchar NOT NULL, "text" text NOT NULL, "articleId" integer NOT NULL, "speakerId" integer, "speakerRoleId" integer, "speakerText" varchar, "eventId" integer, "startOffset" integer NOT NULL, "endOffset" integer NOT NULL, "sentenceStart" integer NOT NULL, "sentenceEnd" integer NOT NULL, "cueVerb" varchar, "attribution" varchar NOT NULL, "confidence" real NOT NULL, "publishedTs" integer, CONSTRAINT "FK_66ceb0c846089e0860b10010737" FOREIGN KEY ("articleId") REFERENCES "article" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_21c0f9a9c0431c124bd2bb7c326" FOREIGN KEY ("speakerId") REFERENCES "person" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_8b5b6e7996c265b2068f9c86620" FOREIGN KEY ("speakerRoleId") REFERENCES "person_role" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_af29e8253e69b1965fd0652806f" FOREIGN KEY ("eventId") REFERENCES "event" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)`,
      `CREATE INDEX "idx_alias_lookup" ON "alias" ("entityType", "key") `,
      `CREATE UNIQUE INDEX "idx_alias_unique" ON "alias" ("entityType", "entityId", "key") `,
      `CREATE UNIQUE INDEX "idx_place_name_key" ON "place" ("nameKey") `,
      `CREATE INDEX "idx_organization_name_key" ON "organization" ("nameKey") `,
      `CREATE INDEX "idx_person_name_key" ON "person" ("nameKey") `,
      `CREATE UNIQUE INDEX "idx_article_url" ON "article" ("url") `,
      `CREATE UNIQUE INDEX "idx_article_content_hash" ON "article" ("contentHash") `,
      `CREATE INDEX "idx_article_published_ts" ON "article" ("publishedTs") `,
      `CREATE INDEX "idx_article_source" ON "article" ("source") `,
      `CREATE INDEX "idx_event_name_key" ON "event" ("nameKey") `,
      `CREATE INDEX "idx_event_start_date" ON "event" ("startDate") `,
      `CREATE INDEX "idx_event_place" ON "event" ("placeId") `,
      `CREATE INDEX "idx_event_participant_person" ON "event_participant" ("personId") `,
      `CREATE INDEX "idx_event_participant_organization" ON "event_participant" ("organizationId") `,
      `CREATE UNIQUE INDEX "idx_event_participant_unique" ON "event_participant" ("eventId", "personId", "organizationId") `,
      `CREATE INDEX "idx_mention_entity" ON "mention" ("entityType", "entityId", "publishedTs") `,
      `CREATE UNIQUE INDEX "idx_mention_unique" ON "mention" ("articleId", "entityType", "entityId") `,
      `CREATE INDEX "idx_person_role_person" ON "person_role" ("personId") `,
      `CREATE INDEX "idx_person_role_organization" ON "person_role" ("organizationId") `,
      `CREATE INDEX "idx_person_role_article" ON "person_role" ("articleId") `,
      `CREATE UNIQUE INDEX "idx_person_role_unique" ON "person_role" ("personId", "title", "organizationId", "articleId") `,
      `CREATE INDEX "idx_quote_article" ON "quote" ("articleId") `,
      `CREATE INDEX "idx_quote_event" ON "quote" ("eventId") `,
      `CREATE INDEX "idx_quote_published" ON "quote" ("publishedTs") `,
      `CREATE INDEX "idx_quote_speaker_published" ON "quote" ("speakerId", "publishedTs")`,
      // One full-text index over every searchable thing. rowid = id * 8 + kind code (see search/),
      // so an entry is found, replaced or deleted by rowid without scanning.
      `CREATE VIRTUAL TABLE "search_index" USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2')`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['search_index', 'quote', 'mention', 'event_participant', 'person_role', 'alias', 'article', 'event', 'organization', 'person', 'place']) {
      await queryRunner.query(`DROP TABLE IF EXISTS "${table}"`);
    }
  }
}
