import { InitialSchema1764000000000 } from './1764000000000-initial-schema';

/** Every migration, oldest first; run at start by Database.open. */
export const migrations = [InitialSchema1764000000000];
