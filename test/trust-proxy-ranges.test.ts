// TRUST_PROXY ranges that together trust every address are refused with a message naming the
// setting, whether said at once (0.0.0.0/0, which once passed the check and then crashed the
// server with a stack trace) or in pieces (0.0.0.0/1,128.0.0.0/1).
import { describe, expect, it } from 'vitest';
import { readChannelConfig } from '../src/channels/config.ts';
import { cli } from './helpers.ts';

const EVERYONE = ['0.0.0.0/0', '0.0.0.0/1,128.0.0.0/1', '0.0.0.0/2,64.0.0.0/2,128.0.0.0/1', '::/0', '::/1,8000::/1', '::ffff:0:0/96', '::ffff:0.0.0.0/97,128.0.0.0/1'];

describe('TRUST_PROXY that trusts everyone', () => {
  it.each(EVERYONE)('%s is refused, naming the setting', (value) => {
    expect(() => readChannelConfig({ TRUST_PROXY: value })).toThrow(new RegExp(`TRUST_PROXY=.*trust every IPv[46] address`));
  });

  it('proxies\' own ranges still pass, and a zone id is refused as not an address', () => {
    expect(readChannelConfig({ TRUST_PROXY: '10.0.0.0/8,127.0.0.1,::1' }).trustProxy).toEqual(['10.0.0.0/8', '127.0.0.1', '::1']);
    expect(readChannelConfig({ TRUST_PROXY: '0.0.0.0/1' }).trustProxy).toEqual(['0.0.0.0/1']);
    expect(() => readChannelConfig({ TRUST_PROXY: 'fe80::1%eth0' })).toThrow(/TRUST_PROXY=fe80::1%eth0: expected/);
  });

  it('serve says so in one line and exits, without a stack trace', () => {
    const r = cli(['serve'], undefined, { TRUST_PROXY: '0.0.0.0/0', PORT: '0', SESSION_URL: 'memory://' });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('TRUST_PROXY=0.0.0.0/0');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
