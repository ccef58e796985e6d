// Open connections per client address. The server's own cap (maxConnections) is for all clients
// together: one client opening hundreds of idle connections could fill it, and every other client,
// /healthz included, would be refused until they timed out. So each address may hold only so many;
// a connection over that is closed at once. A reverse proxy's connections all come from its own
// address: proxies named in TRUST_PROXY are not capped (the proxy must cap per client itself), and
// with TRUST_PROXY as a hop count no address is (the proxies' addresses are not known).
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import type { TrustProxy } from '../config.ts';
import { inRanges } from '../trust-ranges.ts';

export function capConnectionsPerAddress(server: Server, max: number, trustProxy: TrustProxy | undefined): void {
  if (typeof trustProxy === 'number' && trustProxy > 0) return;
  const isProxy = Array.isArray(trustProxy) ? inRanges(trustProxy) : () => false;
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress;
    if (!address || isProxy(address)) return;
    const count = (open.get(address) ?? 0) + 1;
    if (count > max) {
      socket.destroy();
      return;
    }
    open.set(address, count);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left > 0) open.set(address, left);
      else open.delete(address);
    });
  });
}
