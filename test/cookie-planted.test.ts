// A session id planted in a browser (a link, a shared computer, a sibling domain's script) is not
// one the server issued: it is replaced, so nobody can fix a victim's conversation in advance.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../src/kb/index.ts';
import { buildHttpServer } from '../src/channels/http/server.ts';
import { cookieSecret, COOKIE_SECRET_FILE } from '../src/channels/http/cookie-secret.ts';
import { createLogger } from '../src/channels/log.ts';
import { recordingAsk } from './support/fake-ask.ts';
import { tempDir } from './helpers.ts';

const silent = createLogger(undefined, 'silent');
const SECRET = 'x'.repeat(40);

function server(secret = SECRET) {
  const ask = recordingAsk();
  return { ask, app: buildHttpServer({ ask, kb: new KnowledgeBase(), log: silent, rateLimit: 0, cookieSecret: secret }) };
}

const post = (app: ReturnType<typeof server>['app'], cookie?: string) =>
  app.inject({ method: 'POST', url: '/api/ask', payload: { question: '问' }, headers: cookie ? { cookie } : {} });

describe('session cookies', () => {
  it('a planted id is not accepted: a new one is issued and used', async () => {
    const { ask, app } = server();
    for (const planted of ['attacker-chosen-id-0001', 'attacker-chosen-id-0001.c2lnbmF0dXJl', '']) {
      const res = await post(app, `gongkai_session=${planted}`);
      expect(res.statusCode).toBe(200);
      expect(String(res.headers['set-cookie'])).toMatch(/^gongkai_session=/);
      expect(ask.calls.at(-1)!.options.session).not.toContain('attacker');
      expect(ask.calls.at(-1)!.options.fresh).toBe(true);
    }
    await app.close();
  });

  it('an issued id comes back and is kept; the same id signed with another secret is not', async () => {
    const { ask, app } = server();
    const first = await post(app);
    const issued = String(first.headers['set-cookie']).split(';')[0]!;
    const session = ask.calls.at(-1)!.options.session;
    const again = await post(app, issued);
    expect(again.headers['set-cookie']).toBeUndefined();
    expect(ask.calls.at(-1)!.options.session).toBe(session);

    const other = server('y'.repeat(40));
    const elsewhere = await post(other.app, issued);
    expect(String(elsewhere.headers['set-cookie'])).toMatch(/^gongkai_session=/);
    expect(other.ask.calls.at(-1)!.options.session).not.toBe(session);
    await Promise.all([app.close(), other.app.close()]);
  });

  it('the secret is made once and kept beside the session store, readable by its owner alone', () => {
    const dir = tempDir('gongkai-secret-');
    const a = cookieSecret(undefined, dir);
    expect(a.length).toBeGreaterThanOrEqual(32);
    expect(cookieSecret(undefined, dir)).toBe(a);
    expect(readFileSync(join(dir, COOKIE_SECRET_FILE), 'utf8').trim()).toBe(a);
    expect(statSync(join(dir, COOKIE_SECRET_FILE)).mode & 0o777).toBe(0o600);
    expect(cookieSecret(SECRET, dir)).toBe(SECRET);
    expect(() => cookieSecret('short', dir)).toThrow(/GONGKAI_COOKIE_SECRET is 5 characters: it must be at least 32/);
  });
});
