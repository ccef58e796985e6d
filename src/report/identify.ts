// Which agency's report for which year. Real reports name themselves in many ways: the title with
// the year after the agency or before it, with or without 政府信息公开 or 工作, wrapped over two
// lines, behind a Markdown `#`, a crawler's 「标题：」 or a page's 「名称」 field, with the site's
// name after a dash; failing a title, 「本报告由XX编制」, the 发布机构 field of a page, the data
// period 「统计期限自2023年1月1日」 and the file name. Nothing here guesses a name the text does
// not print: what is not found stays undefined, and the parser falls back to the file name.
import { basename, extname } from 'node:path';
import { OCR_CONFUSIONS } from '../catalogue/format.ts';
import { AGENCY_ABBREVIATIONS, countiesNamed, placeAt, type Place } from '../catalogue/places.ts';

export interface Identity {
  agency?: string;
  year?: number;
  /** the title as printed, when one was found */
  title?: string;
}

const YEAR = '((?:19|20)\\d{2})\\s*年\\s*度?';
const KIND = '(?:政府信息公开|政务公开|信息公开|政府信息)';
// 「X2024年政府信息公开工作年度报告」, 「X2024年度信息公开年报」
const AGENCY_FIRST = new RegExp(`^(.*?)${YEAR}\\s*(?:${KIND}|报|年报)`);
// 「2024年上海市科委政府信息公开工作年度报告」
const YEAR_FIRST = new RegExp(`^${YEAR}\\s*(.+?)\\s*${KIND}.*?(?:年报|报告)`);
// Words a crawler or the page puts before the title.
const PREFIX = /^(?:#+\s*|标题\s*[:：]\s*|名称\s*[:：\t]?\s*|题目\s*[:：]\s*|正文\s*)+/;
/** Report titles are short; a sentence that mentions a year is not one. */
const LONGEST_TITLE = 70;

export function identify(head: string[], file: string): Identity {
  const title = titleIn(head) ?? titleIn([basename(file, extname(file))]);
  const joined = head.join('\n');
  const agency = title?.agency ?? publisher(joined);
  const year = title?.year ?? dataPeriod(joined) ?? yearIn(basename(file));
  return {
    ...(agency ? { agency: readable(agency) } : {}),
    ...(year ? { year } : {}),
    ...(title ? { title: title.title } : {}),
  };
}

function titleIn(lines: string[]): { title: string; agency?: string; year: number } | undefined {
  const clean = lines.map((l) => l.replace(/\s+/g, ' ').trim().replace(PREFIX, '').trim());
  for (let i = 0; i < clean.length; i++) {
    const line = clean[i]!;
    if (!line || line.length > LONGEST_TITLE || /[。，,；]/.test(line)) continue;
    // A title that wraps: 「2024 年上海市科委政府信息公开工作」 + 「年度报告」.
    const next = clean[i + 1] ?? '';
    const candidates = [line, ...(next && next.length <= 20 && !/[。，,]/.test(next) && !/报告$/.test(line) ? [line + next] : [])];
    for (const c of candidates.reverse()) {
      for (const part of c.split(/\s*[_|｜—–]\s*|\s*-\s*(?=\D)/)) {
        const found = titleOf(part);
        if (found) return found;
      }
    }
  }
  return undefined;
}

function titleOf(text: string): { title: string; agency?: string; year: number } | undefined {
  const t = text.trim();
  const first = YEAR_FIRST.exec(t);
  if (first && /[\u4e00-\u9fff]{2,}/.test(first[2]!)) return { title: t, year: Number(first[1]), agency: agencyText(first[2]!) };
  const after = AGENCY_FIRST.exec(t);
  if (!after) return undefined;
  const agency = agencyText(after[1]!);
  return { title: t, year: Number(after[2]), ...(agency ? { agency } : {}) };
}

function agencyText(s: string): string {
  return s.replace(/\s+/g, '').replace(/^[《“"「]+|[》”"」]+$/g, '').replace(/关于$/, '');
}

/** 「发布机构 X」 on a page, 「本报告由X编制」 in the opening paragraph. */
function publisher(text: string): string | undefined {
  const field = /发布机构\s*[:：\t]\s*([^\t\n]{2,30}?)\s*(?:\t|\n|$)/.exec(text);
  if (field) return field[1];
  const by = /本(?:年度)?报告(?:是)?由\s*([\u4e00-\u9fff（）()]{2,30}?)\s*(?:根据|依据|按照|编制)/.exec(text.replace(/\n/g, ''));
  return by?.[1];
}

/** 「统计期限自2023年1月1日」: a report covers the calendar year its data period starts in. */
function dataPeriod(text: string): number | undefined {
  const m = /统计(?:期限|周期|时间|时限)[^。\d]{0,8}((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日/.exec(text.replace(/\n/g, ''));
  return m ? Number(m[1]) : undefined;
}

function yearIn(name: string): number | undefined {
  const m = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(name);
  return m ? Number(m[1]) : undefined;
}

/** An agency name as the catalogue knows it: an OCR confusion corrected where it names no place. */
function readable(agency: string): string {
  let out = agency;
  for (const c of OCR_CONFUSIONS) out = out.replaceAll(c.seen, c.meant);
  return out;
}

// ---------------------------------------------------------------- one agency under several names

const LEVELS: Record<Place['level'], number> = { province: 1, prefecture: 2, county: 3 };
/** Short forms that stand for more than one department (建设局, 卫生局): not expanded. */
const AMBIGUOUS_SHORT = new Set(['建设', '卫生', '环境', '生态', '交通']);
/** The kind of organ a name ends in. */
const ORGAN = /^(?:局|委员会|委|厅|办公室|办公厅|办|中心|署|处)?$/;

/**
 * The agency a printed name stands for, the same under every way a report prints it: the most
 * specific place it names (with its province, or with the places printed before it when that name
 * is borne by several counties, as 鼓楼区 is), then what the agency is (its function and kind of
 * organ), its short forms written out (政府 → 人民政府, 发改局 → 发展和改革局). 淮安市洪泽区人民政府
 * and 洪泽区人民政府 are one agency; 淮安市人民政府 is another. A name without a place is itself.
 */
export function canonicalAgency(printed: string): string {
  const name = printed.normalize('NFKC').replace(/\s+/g, '').replace(/[(（][^)）]*[)）]$/, '');
  const chain: Place[] = [];
  let at = 0;
  while (at < name.length) {
    const found = placeAt(name, at);
    if (!found || found.form.length === name.length - at) break;
    chain.push(found.place);
    at += found.form.length;
  }
  let body = name.slice(at);
  for (const [full, shorts] of AGENCY_ABBREVIATIONS) {
    if (body.startsWith(full)) continue;
    // A short form is the whole of what the agency is, but for the kind of organ after it.
    const short = shorts.filter((x) => !AMBIGUOUS_SHORT.has(x) && body.startsWith(x) && ORGAN.test(body.slice(x.length))).sort((a, b) => b.length - a.length)[0];
    if (short) body = full + body.slice(short.length);
  }
  if (!chain.length) return body;
  const most = chain.reduce((a, p) => (LEVELS[p.level] > LEVELS[a.level] ? p : a));
  const where = most.level !== 'county' || countiesNamed(most.name) === 1 ? `${most.province}/${most.name}` : chain.map((p) => p.name).join('/');
  return `${where}|${body}`;
}
