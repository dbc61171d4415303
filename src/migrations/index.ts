import { InitialSchema1764000000000 } from './1764000000000-initial-schema';
import { QueryPlanIndexes1764100000000 } from './1764100000000-query-plan-indexes';
import { DistinctRolesIndex1764200000000 } from './1764200000000-distinct-roles-index';
import { RefoldNameKeys1764300000000 } from './1764300000000-refold-name-keys';
import { Corrections1764400000000 } from './1764400000000-corrections';
import { ArticleUrlKey1764500000000 } from './1764500000000-article-url-key';
import { PostgresSchema1764400000000 } from './postgres/1764400000000-postgres-schema';

/** Every SQLite migration, oldest first; run at start by Database.open. */
export const migrations = [
  InitialSchema1764000000000, QueryPlanIndexes1764100000000, DistinctRolesIndex1764200000000, RefoldNameKeys1764300000000,
  Corrections1764400000000, ArticleUrlKey1764500000000,
];

/**
 * Every PostgreSQL migration, oldest first. PostgreSQL starts at the schema of 1764400000000 in
 * one migration of its own; a later migration goes in both lists (branching on
 * `queryRunner.connection.options.type` where its SQL differs) or gets one file per dialect.
 */
export const postgresMigrations = [PostgresSchema1764400000000, ArticleUrlKey1764500000000];
