// Where a knowledge base lives when no flag or setting says, and where what is kept between runs
// for it lives: a module of its own, so that the command line can name them without loading the
// store and its schema.
import { join } from 'node:path';

export const DEFAULT_KB = 'knowledge';

/**
 * The folder of what is kept between runs for the knowledge base in `kbDir` (the files already
 * checked, the matcher compiled from the catalogue): KB/.cache, or GONGKAI_CACHE_DIR.
 */
export const cacheDirOf = (kbDir: string): string => process.env.GONGKAI_CACHE_DIR || join(kbDir, '.cache');
