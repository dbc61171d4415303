import { InitialSchema1764000000000 } from './1764000000000-initial-schema';
import { QueryPlanIndexes1764100000000 } from './1764100000000-query-plan-indexes';
import { DistinctRolesIndex1764200000000 } from './1764200000000-distinct-roles-index';
import { RefoldNameKeys1764300000000 } from './1764300000000-refold-name-keys';
import { Corrections1764400000000 } from './1764400000000-corrections';
import { ArticleUrlKey1764500000000 } from './1764500000000-article-url-key';
import { Statements1764600000000 } from './1764600000000-statements';
import { Meta1764700000000 } from './1764700000000-meta';
import { PostgresInitialSchema1764000000000 } from './postgres/1764000000000-initial-schema';
import { PostgresCorrections1764400000000 } from './postgres/1764400000000-corrections';
import { PostgresStatements1764600000000 } from './postgres/1764600000000-statements';
import { PostgresMeta1764700000000 } from './postgres/1764700000000-meta';

/** Every SQLite migration, oldest first; run at start by Database.open. */
export const migrations = [
  InitialSchema1764000000000, QueryPlanIndexes1764100000000, DistinctRolesIndex1764200000000, RefoldNameKeys1764300000000,
  Corrections1764400000000, ArticleUrlKey1764500000000, Statements1764600000000, Meta1764700000000,
];

/**
 * Every PostgreSQL migration, oldest first: the same history, step for step and name for name.
 * A migration whose SQL is portable serves both (branching on `queryRunner.connection.options.type`
 * for a detail such as placeholders); where the SQL differs (DDL with AUTOINCREMENT or FTS5) the
 * PostgreSQL one is its own file in postgres/. A new migration goes in both lists.
 */
export const postgresMigrations = [
  PostgresInitialSchema1764000000000, QueryPlanIndexes1764100000000, DistinctRolesIndex1764200000000, RefoldNameKeys1764300000000,
  PostgresCorrections1764400000000, ArticleUrlKey1764500000000, PostgresStatements1764600000000, PostgresMeta1764700000000,
];
