// The files a project that others deploy needs: every setting in .env.example, the licence, the
// changelog and the deploy guide.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.ts';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('project files', () => {
  it('.env.example names every variable the code reads', () => {
    const example = new Set([...readFileSync(join(ROOT, '.env.example'), 'utf8').matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]));
    // Names of that form which are no setting: warning codes and a constant.
    const notSettings = new Set(['GONGKAI_STORE_DOWN', 'GONGKAI_STORE_SWEEP', 'SLACK_EVENTS_PATH']);
    const read = new Set<string>();
    for (const file of sources(join(ROOT, 'src'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\b(GONGKAI_[A-Z_]*[A-Z]|SLACK_[A-Z_]*[A-Z]|WECHATY_[A-Z_]*[A-Z]|SESSION_URL|TRUST_PROXY|LOG_LEVEL)\b(?!_)/g)) {
        if (!notSettings.has(m[1]!)) read.add(m[1]!);
      }
    }
    expect(read.size).toBeGreaterThan(20);
    expect([...read].filter((v) => !example.has(v)).sort()).toEqual([]);
  });

  it('has an MIT licence, a changelog with an Unreleased section, and a deploy guide', () => {
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} Gongkai contributors/);
    expect(readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8')).toMatch(/^## \[Unreleased\]$/m);
    const deploy = readFileSync(join(ROOT, 'docs', 'deploy.md'), 'utf8');
    for (const topic of ['systemd', 'TRUST_PROXY', 'Redis', 'GONGKAI_ADMIN_TOKEN', 'back']) expect(deploy).toContain(topic);
  });
});
