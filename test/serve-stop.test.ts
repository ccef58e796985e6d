// SIGTERM stops `gongkai serve` within its grace period whatever the far side does: here Slack's
// Web API accepts connections and never answers, so Bolt keeps retrying auth.test, which once
// kept the process alive after the port had closed.
import { createServer, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { SERVE_START, freePort, healthz, startServe, waitUntil } from './helpers.ts';

describe('stopping while Slack does not answer', () => {
  it('SIGTERM: the process exits, with status 0', async () => {
    // A Slack API that takes every connection and says nothing.
    const held: Socket[] = [];
    const silentSlack = createServer((s) => held.push(s.on('error', () => undefined)));
    await new Promise<void>((r) => silentSlack.listen(0, '127.0.0.1', r));
    const slackPort = (silentSlack.address() as { port: number }).port;
    const port = await freePort();
    const { server, log } = startServe({
      PORT: String(port), SESSION_URL: 'memory://', LOG_LEVEL: 'info',
      SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'test-secret', SLACK_API_URL: `http://127.0.0.1:${slackPort}/api/`,
      GONGKAI_STOP_GRACE_MS: '3000',
    });
    const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
    try {
      const up = await waitUntil(() => healthz(port), SERVE_START);
      expect(up).toBe(true);
      // Bolt is now waiting on auth.test, which never returns.
      await new Promise((r) => setTimeout(r, 500));
      server.kill('SIGTERM');
      // The watchdog is the test's timeout; the outcome is that it exits, and cleanly.
      expect(await exited).toBe(0);
      expect(log()).toContain('stopping');
    } finally {
      server.kill('SIGKILL');
      for (const s of held) s.destroy();
      silentSlack.close();
    }
  }, 40_000);
});
