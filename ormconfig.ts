/**
 * The DataSource for the typeorm CLI (`npm run typeorm -- migration:show`). The service itself
 * opens the database through `Database.open` in src/data-source.ts with the same options.
 */
import { loadConfig } from './src/config';
import { createDataSource } from './src/data-source';

const config = loadConfig();

export default createDataSource({
  databasePath: config.databasePath,
  synchronous: config.sqliteSynchronous,
  busyTimeoutMs: config.sqliteBusyTimeoutMs,
});
