// What the answer path needs of a store of conversations shared by several instances: a
// conversation read and replaced in one step (SharedConversations, over Redis).
/**
 * A store where one question's turn reads a conversation and replaces it as one step: `reply`
 * gets what is stored under `key` and returns its result and what to store after it (nothing:
 * leave it as it is). The store may call `reply` more than once, with the state another instance
 * left meanwhile, so `reply` must have no effect of its own.
 */
export interface Turns {
  turn<T>(key: string, ttlMs: number, reply: (stored: unknown) => Promise<{ result: T; next?: unknown }>): Promise<T>;
}
