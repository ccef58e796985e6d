// Which addresses TRUST_PROXY ranges cover together. Trusting every address lets any client name
// any address in X-Forwarded-For (and so dodge the per-address limit); it can be said at once
// (0.0.0.0/0, refused by the proxy-address library with a stack trace) or in pieces
// (0.0.0.0/1,128.0.0.0/1). Both are refused, naming the setting.
import { isIP } from 'node:net';

const V4_BITS = 32;
const V6_BITS = 128;

/** An IPv4 address as a number, or an IPv6 one (:: shortened, dotted tail allowed) as 128 bits. */
function toBigInt(address: string, family: 4 | 6): bigint {
  if (family === 4) return address.split('.').reduce((n, part) => (n << 8n) | BigInt(Number(part)), 0n);
  let text = address;
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const v4 = toBigInt(dotted[1]!, 4);
    text = `${text.slice(0, dotted.index)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  return groups.reduce((n, g) => (n << 16n) | BigInt(parseInt(g, 16)), 0n);
}

/** The first and last address of each range, per family; IPv4-mapped IPv6 ranges count as IPv4. */
function intervals(entries: string[]): { v4: [bigint, bigint][]; v6: [bigint, bigint][] } {
  const out = { v4: [] as [bigint, bigint][], v6: [] as [bigint, bigint][] };
  const MAPPED = 0xffffn << 32n;
  for (const entry of entries) {
    const [address, bitsText] = entry.split('/');
    const family = isIP(address ?? '');
    if (family !== 4 && family !== 6) continue;
    const width = family === 4 ? V4_BITS : V6_BITS;
    const bits = bitsText === undefined ? width : Number(bitsText);
    const size = 1n << BigInt(width - bits);
    const first = (toBigInt(address!, family) / size) * size;
    const range: [bigint, bigint] = [first, first + size - 1n];
    if (family === 4) out.v4.push(range);
    else if (bits >= 96 && first >> 32n === 0xffffn) out.v4.push([range[0] - MAPPED, range[1] - MAPPED]);
    else out.v6.push(range);
  }
  return out;
}

function coversAll(ranges: [bigint, bigint][], width: number): boolean {
  let next = 0n;
  for (const [first, last] of [...ranges].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    if (first > next) return false;
    if (last + 1n > next) next = last + 1n;
  }
  return next >= 1n << BigInt(width);
}

/** 'IPv4' or 'IPv6' when the ranges together trust every address of that family, else undefined. */
export function trustsEveryone(entries: string[]): 'IPv4' | 'IPv6' | undefined {
  const { v4, v6 } = intervals(entries);
  if (coversAll(v4, V4_BITS)) return 'IPv4';
  if (coversAll(v6, V6_BITS)) return 'IPv6';
  return undefined;
}

/** What proxy-addr's keywords stand for. */
const KEYWORD_RANGES: Record<string, string[]> = {
  loopback: ['127.0.0.0/8', '::1/128'],
  linklocal: ['169.254.0.0/16', 'fe80::/10'],
  uniquelocal: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
};

/** A test for "this address is in one of these ranges" (addresses, CIDR ranges, keywords). */
export function inRanges(entries: string[]): (address: string | undefined) => boolean {
  const { v4, v6 } = intervals(entries.flatMap((e) => KEYWORD_RANGES[e] ?? [e]));
  return (address) => {
    if (!address) return false;
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
    const family = isIP(mapped ?? address);
    if (family === 4) {
      const n = toBigInt(mapped ?? address, 4);
      return v4.some(([a, b]) => n >= a && n <= b);
    }
    if (family === 6) {
      const n = toBigInt(address, 6);
      return v6.some(([a, b]) => n >= a && n <= b);
    }
    return false;
  };
}
