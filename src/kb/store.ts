// A knowledge base is a folder of parsed reports, one JSON file each. Writes are atomic (a temp
// file renamed over the old one), so a failed or interrupted import never leaves a half file.
import { mkdirSync, readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { checkedBefore, noteChecked } from './checked.ts';
import { writeAtomically } from './files.ts';
import { schemas, type Report } from '../report/schema.ts';
import { GongkaiError } from '../errors.ts';

export { DEFAULT_KB } from './paths.ts';

/** An id names a file in the knowledge folder: no separators, and no leading dot (「..」 is the folder above). */
const SAFE_ID = /^[\p{L}\p{N}_-][\p{L}\p{N}._-]{0,199}$/u;

/** Why `id` cannot be a report id, or undefined when it can. */
export function badId(id: string): string | undefined {
  return SAFE_ID.test(id) ? undefined : `id ${JSON.stringify(id)}: an id is up to 200 letters, digits, dots, dashes and underscores, and does not start with a dot`;
}

export function reportPath(dir: string, id: string): string {
  return join(dir, `${id}.json`);
}

export function listReportFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f));
}

export function readReportFile(file: string): Report {
  // Taken before reading: a write after it is a new version, checked next time.
  const version = fileVersion(file);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new GongkaiError('kb_unreadable', `${file}: not a readable knowledge file (${(err as Error).message})`);
  }
  if (checkedBefore(file, version)) return data as Report;
  const parsed = schemas().ReportSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new GongkaiError('kb_invalid', `${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
  if (isDeepStrictEqual(parsed.data, data)) noteChecked(file, version);
  return parsed.data;
}

/** A report as its knowledge file holds it. */
export function reportText(report: Report): string {
  return JSON.stringify(report, null, 1) + '\n';
}

/**
 * Which write of a knowledge file this is: every write renames a new file into place, so the
 * inode changes with each; undefined when there is no such file.
 */
export function fileVersion(file: string): string | undefined {
  try {
    const s = statSync(file, { bigint: true });
    return `${s.ino}:${s.mtimeNs}:${s.size}`;
  } catch {
    return undefined;
  }
}

/** The version of every knowledge file in the folder, by path: what an import began from. */
export function kbVersions(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of listReportFiles(dir)) {
    const v = fileVersion(file);
    if (v) out.set(file, v);
  }
  return out;
}

/** Writes a report the parser made (and validated against the schema). */
export function writeReportFile(dir: string, report: Report, text = reportText(report)): string {
  const bad = badId(report.id);
  if (bad) throw new GongkaiError('usage', bad);
  mkdirSync(dir, { recursive: true });
  const target = reportPath(dir, report.id);
  writeAtomically(target, text);
  return target;
}
