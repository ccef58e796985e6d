// One agency under several names, said at import: a report whose agency is printed otherwise than
// in another report of the same import or of the knowledge base (洪泽区人民政府 in 2023, 淮安市洪泽区
// 人民政府 in 2024) is the same agency when its name stands for the same place and function
// (report/identify.ts canonicalAgency); the import says which, and the knowledge base reads them as
// one agency (comparisons across years, a question naming either).
import { closeSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { canonicalAgency } from '../report/identify.ts';
import type { Report } from '../report/schema.ts';
import { listReportFiles } from './store.ts';

/** The head of a knowledge file holds its meta: enough to read the agency without parsing the rest. */
const HEAD = 4096;
const AGENCY = /"agency":\s*"((?:[^"\\]|\\.)*)"/;

/** Each stored report's id and printed agency, read from the head of its file. */
function storedAgencies(kbDir: string): { id: string; agency: string; year?: number }[] {
  const out: { id: string; agency: string; year?: number }[] = [];
  const buf = Buffer.alloc(HEAD);
  for (const file of listReportFiles(kbDir)) {
    let fd: number | undefined;
    try {
      fd = openSync(file, 'r');
      const n = readSync(fd, buf, 0, HEAD, 0);
      const head = buf.toString('utf8', 0, n);
      const m = AGENCY.exec(head);
      const year = /"year":\s*(\d{4})/.exec(head)?.[1];
      if (m) out.push({ id: basename(file, '.json'), agency: JSON.parse(`"${m[1]}"`) as string, ...(year ? { year: Number(year) } : {}) });
    } catch {
      // A file that cannot be read is no agency to compare with.
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }
  return out;
}

/** Warns each report whose agency another report (of this import or stored) prints under another name. */
export function noteSameAgencies(reports: Report[], kbDir: string): void {
  if (!reports.length) return;
  const ids = new Set(reports.map((r) => r.id));
  const others = [...storedAgencies(kbDir).filter((s) => !ids.has(s.id)), ...reports.map((r) => ({ id: r.id, agency: r.meta.agency, year: r.meta.year }))];
  const keys = new Map<string, string>();
  const keyOf = (name: string) => {
    let k = keys.get(name);
    if (k === undefined) keys.set(name, (k = canonicalAgency(name)));
    return k;
  };
  const byKey = new Map<string, typeof others>();
  for (const o of others) byKey.set(keyOf(o.agency), [...(byKey.get(keyOf(o.agency)) ?? []), o]);
  for (const r of reports) {
    const same = (byKey.get(keyOf(r.meta.agency)) ?? []).filter((o) => o.id !== r.id && o.agency !== r.meta.agency);
    if (!same.length) continue;
    const list = same.map((o) => `${o.agency}${o.year ? ` ${o.year}` : ''} (${o.id})`).join(', ');
    r.warnings.push({ code: 'same_agency', message: `${r.meta.agency} is the agency of ${list}: read as one agency` });
  }
}
