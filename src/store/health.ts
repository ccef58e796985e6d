// What the log says about a failing session store: once when an operation (write, sweep, read)
// starts failing, once when it works again, with how many failures came between. A full disk fails
// every batch write and every sweep several times a second, alternating; a line per change of
// error text made hundreds of lines a minute and never said when the disk had room again.
import type { LinkLog } from './redis.ts';

export interface StoreHealth {
  failed(err: unknown, what: string): void;
  worked(what: string): void;
}

export function storeHealth(log: LinkLog): StoreHealth {
  const failing = new Map<string, number>();
  return {
    failed(err, what) {
      const count = failing.get(what);
      failing.set(what, (count ?? 0) + 1);
      if (count === undefined) log.warn({ err, what }, 'session store failed: conversations are kept in this process and written when it works again');
    },
    worked(what) {
      const failures = failing.get(what);
      if (failures === undefined) return;
      failing.delete(what);
      log.info({ what, failures }, 'session store works again');
    },
  };
}
