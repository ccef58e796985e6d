// Many reports, indexed by agency and year. Lookups are map reads: nothing a question does scans
// every report, so the cost of an answer stays flat as the knowledge base grows. An agency is the
// one its printed names stand for (report/identify.ts canonicalAgency): 洪泽区人民政府 in 2023 and
// 淮安市洪泽区人民政府 in 2024 are one agency, named by its fullest printed name; each report keeps
// the name it prints.
import { canonicalAgency } from '../report/identify.ts';
import type { Report } from '../report/schema.ts';
import { listReportFiles, readReportFile, DEFAULT_KB } from './store.ts';

export class KnowledgeBase {
  private readonly byId = new Map<string, Report>();
  /** canonical agency → its reports */
  private readonly byAgency = new Map<string, Report[]>();
  /** canonical agency → the name it goes by: the longest any of its reports prints */
  private readonly names = new Map<string, string>();
  /** printed name → canonical agency */
  private readonly keys = new Map<string, string>();
  private readonly byYear = new Map<number, Report[]>();
  private changes = 0;

  constructor(reports: Iterable<Report> = []) {
    for (const r of reports) this.add(r);
  }

  static load(dir: string = DEFAULT_KB): KnowledgeBase {
    return new KnowledgeBase(listReportFiles(dir).map(readReportFile));
  }

  /**
   * For serving and answering: every report that reads, and the files that do not, each with why.
   * One unreadable file among hundreds (cut short, edited, permissions) costs its own report, not
   * the whole service.
   */
  static loadReadable(dir: string = DEFAULT_KB): { kb: KnowledgeBase; unreadable: { file: string; message: string }[] } {
    const kb = new KnowledgeBase();
    const unreadable: { file: string; message: string }[] = [];
    for (const file of listReportFiles(dir)) {
      try {
        kb.add(readReportFile(file));
      } catch (err) {
        unreadable.push({ file, message: (err as Error).message });
      }
    }
    return { kb, unreadable };
  }

  /** Changes with every add and remove: what is derived from the reports is kept per version. */
  get version(): number {
    return this.changes;
  }

  add(report: Report): void {
    this.changes++;
    if (this.byId.has(report.id)) this.remove(report.id);
    this.byId.set(report.id, report);
    const key = this.keyOf(report.meta.agency);
    push(this.byAgency, key, report);
    this.rename(key);
    push(this.byYear, report.meta.year, report);
  }

  remove(id: string): void {
    const old = this.byId.get(id);
    if (!old) return;
    this.changes++;
    this.byId.delete(id);
    const key = this.keyOf(old.meta.agency);
    pull(this.byAgency, key, old);
    this.rename(key);
    pull(this.byYear, old.meta.year, old);
  }

  /** The canonical agency a printed name stands for. */
  private keyOf(name: string): string {
    let key = this.keys.get(name);
    if (key === undefined) this.keys.set(name, (key = canonicalAgency(name)));
    return key;
  }

  private rename(key: string): void {
    const list = this.byAgency.get(key);
    if (!list) return void this.names.delete(key);
    let name = list[0]!.meta.agency;
    for (const r of list) if (r.meta.agency.length > name.length) name = r.meta.agency;
    this.names.set(key, name);
    this.keys.set(name, key);
  }

  get size(): number {
    return this.byId.size;
  }
  get(id: string): Report | undefined {
    return this.byId.get(id);
  }
  all(): IterableIterator<Report> {
    return this.byId.values();
  }
  /** each agency once, by the name it goes by */
  agencies(): IterableIterator<string> {
    return this.names.values();
  }
  /** the reports of the agency a name (printed by a report, or the one it goes by) stands for */
  forAgency(agency: string): readonly Report[] {
    return this.byAgency.get(this.keyOf(agency)) ?? [];
  }
  /** the name a report's agency goes by in this knowledge base */
  agencyOf(report: Report): string {
    return this.names.get(this.keyOf(report.meta.agency)) ?? report.meta.agency;
  }
  /** the other names its reports print for the agency a name stands for */
  namesOf(agency: string): string[] {
    return [...new Set((this.byAgency.get(this.keyOf(agency)) ?? []).map((r) => r.meta.agency))];
  }
  forYear(year: number): readonly Report[] {
    return this.byYear.get(year) ?? [];
  }
  find(agency: string, year: number): Report | undefined {
    return this.forAgency(agency).find((r) => r.meta.year === year);
  }
  /** the newest year any report covers */
  latestYear(): number | undefined {
    let max: number | undefined;
    for (const y of this.byYear.keys()) if (max === undefined || y > max) max = y;
    return max;
  }
  /** the only report, when there is exactly one */
  only(): Report | undefined {
    return this.byId.size === 1 ? this.byId.values().next().value : undefined;
  }
}

function push<K>(m: Map<K, Report[]>, k: K, r: Report): void {
  const list = m.get(k);
  if (list) list.push(r);
  else m.set(k, [r]);
}
function pull<K>(m: Map<K, Report[]>, k: K, r: Report): void {
  const list = m.get(k);
  if (!list) return;
  const i = list.indexOf(r);
  if (i >= 0) list.splice(i, 1);
  if (list.length === 0) m.delete(k);
}
