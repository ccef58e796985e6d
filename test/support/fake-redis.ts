// A tiny TCP server speaking Redis's protocol (RESP2), for faults a real redis-server does not
// make: scripts answered with nil, a number, a string or a short array. Every other command is
// answered +OK, which is enough for node-redis to connect and stay ready.
import { createServer, type Server, type Socket } from 'node:net';

/** A reply as it goes on the wire: null is nil, an array a multi-bulk reply. */
export type Resp = null | number | string | Error | Resp[];

export function encode(reply: Resp): string {
  if (reply === null) return '$-1\r\n';
  if (typeof reply === 'number') return `:${reply}\r\n`;
  if (typeof reply === 'string') return `$${Buffer.byteLength(reply)}\r\n${reply}\r\n`;
  if (reply instanceof Error) return `-${reply.message}\r\n`;
  return `*${reply.length}\r\n${reply.map(encode).join('')}`;
}

/** Reads whole commands (arrays of bulk strings) from what has arrived; the rest waits for more. */
function commands(buffer: string): { commands: string[][]; rest: string } {
  const out: string[][] = [];
  let at = 0;
  for (;;) {
    if (buffer[at] !== '*') break;
    const eol = buffer.indexOf('\r\n', at);
    if (eol < 0) break;
    const count = Number(buffer.slice(at + 1, eol));
    let pos = eol + 2;
    const args: string[] = [];
    for (let i = 0; i < count; i++) {
      const lenEnd = buffer.indexOf('\r\n', pos);
      if (lenEnd < 0) return { commands: out, rest: buffer.slice(at) };
      const len = Number(buffer.slice(pos + 1, lenEnd));
      if (buffer.length < lenEnd + 2 + len + 2) return { commands: out, rest: buffer.slice(at) };
      args.push(buffer.slice(lenEnd + 2, lenEnd + 2 + len));
      pos = lenEnd + 2 + len + 2;
    }
    out.push(args);
    at = pos;
  }
  return { commands: out, rest: buffer.slice(at) };
}

export interface FakeRedis {
  port: number;
  /** what a script (EVAL or EVALSHA) and SET get back; changeable between requests */
  replies: { script: Resp; set: Resp };
  /** commands received, by name */
  seen: Map<string, number>;
  close(): Promise<void>;
}

export async function startFakeRedis(replies: FakeRedis['replies']): Promise<FakeRedis> {
  const seen = new Map<string, number>();
  const sockets = new Set<Socket>();
  const state = { replies };
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    let pending = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      const read = commands(pending + chunk);
      pending = read.rest;
      for (const args of read.commands) {
        const name = (args[0] ?? '').toUpperCase();
        seen.set(name, (seen.get(name) ?? 0) + 1);
        const reply = name === 'EVAL' || name === 'EVALSHA' ? state.replies.script : name === 'SET' ? state.replies.set : 'OK';
        socket.write(reply === 'OK' ? '+OK\r\n' : encode(reply));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    port,
    get replies() {
      return state.replies;
    },
    set replies(r) {
      state.replies = r;
    },
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
