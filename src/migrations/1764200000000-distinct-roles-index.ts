import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * person_role keeps one row per article, so a person quoted in thousands of articles has thousands
 * of rows with the same title. `Person.roles(distinct: true)` groups them by title and
 * organization; this index serves that GROUP BY from index order (found by the 100k benchmark).
 */
export class DistinctRolesIndex1764200000000 implements MigrationInterface {
  name = 'DistinctRolesIndex1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX "idx_person_role_distinct" ON "person_role" ("personId", "title", "organizationId", "asOf") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "idx_person_role_distinct"');
  }
}
