import DataLoader from 'dataloader';
import { requestLoader } from './batch-gate';
import { DataSource } from 'typeorm';
import { Quote } from '../entities';
import { groupInKeyOrder, LoaderOptions } from './by-id.loader';

/**
 * The reports of many statements in one statement: their quotes, earliest first (by the article's
 * publishedAt; undated articles after dated ones, by when they were ingested). Created per
 * request (see createLoaders).
 */
export function reportsLoader(ds: DataSource, options: LoaderOptions = {}): DataLoader<number, Quote[]> {
  const meta = ds.getMetadata(Quote);
  const columns = meta.columns.map((c) => `q."${c.databaseName}" AS "${c.propertyName}"`).join(', ');
  return requestLoader<number, Quote[]>(async (ids) => {
    const rows: Quote[] = await ds.query(
      `SELECT ${columns} FROM quote q JOIN article a ON a.id = q.articleId WHERE q.statementId IN (${ids.map(() => '?').join(', ')})
       ORDER BY q.statementId, a.publishedTs IS NULL, a.publishedTs, a.ingestedAt, q.id`, [...ids],
    );
    return groupInKeyOrder(ids, rows.map((row) => Object.assign(new Quote(), row)), (q) => q.statementId!);
  }, options);
}
