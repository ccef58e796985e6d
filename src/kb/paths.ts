// Where a knowledge base lives when no flag or setting says: a module of its own, so that the
// command line can name it without loading the store and its schema.
export const DEFAULT_KB = 'knowledge';
