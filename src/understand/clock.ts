// The date words of a question (今年, 去年, 前年, 上一年, 今年到现在), read against the day it is asked.
// The clock is a parameter: the channel passes the day (the system date unless told otherwise), so
// that a question set asked "on 2025-03-15" reads 去年 as 2024 whatever day it runs.
import { CARRIED_FROM, CLOCK_YEARS, CONVERSATION_YEARS, MOVED_INTO, SO_FAR_WORDS, THE_YEAR_AFTER, UP_TO_NOW } from '../catalogue/dates.ts';
import { mapped } from '../arrays.ts';
import { dayOf, parseDay } from './day.ts';

export { dayOf, parseDay };
import { wordsOutside, type Mention } from './match.ts';

export interface DateWord {
  word: string;
  span: [number, number];
  /** how it was read, for `ask --explain`: 「去年 = 2024 (2025-03-15 − 1)」 */
  reading: string;
  year?: number;
}

export interface DatesRead {
  /** the day the question is asked, YYYY-MM-DD */
  today: string;
  words: DateWord[];
  /** the year the date words name (the first that names one) */
  year?: number;
  /** the question asks for the current year up to today: no annual report says it */
  soFar?: DateWord;
  /** date words that are not catalogue cues (上一年, 今年到现在): blanked before the figure is read */
  spans: [number, number][];
  /** 今年 in 「拖到今年才办的」, the year a request moved into: read as the report says it (明年) */
  movedInto: [number, number][];
}

/** The text with the years requests moved into said as the report says them (拖到今年 → 拖到明年). */
export function withMovedInto(text: string, dates: DatesRead): string {
  let out = text;
  for (const [a, b] of dates.movedInto) out = out.slice(0, a) + THE_YEAR_AFTER + out.slice(b);
  return out;
}

/** What the reading needs of the knowledge base: whether a year is reported, and the newest year. */
export interface YearsInScope {
  /** the year of the figure just given, in a conversation */
  conversationYear?: number;
  covered(year: number): boolean;
  newest(): number | undefined;
}

const ALL_CLOCK = CLOCK_YEARS.flatMap((c) => c.words);
const ALL_CONVERSATION = CONVERSATION_YEARS.flatMap((c) => c.words);
const THIS_YEAR = CLOCK_YEARS.find((c) => c.back === 0)!.words;

/**
 * Reads the date words of `text` (the normalised question with agency and comparison words blanked)
 * outside the catalogue's terms: 「去年结转」 is a row of the table, not a year.
 */
export function readDates(text: string, mentions: readonly Mention[], today: Date, years: YearsInScope): DatesRead {
  const clockYear = today.getUTCFullYear();
  const terms = mentions.filter((m) => m.targets.some((t) => t.target.dim !== 'cue'));
  const out: DatesRead = { today: dayOf(today), words: [], spans: [], movedInto: [] };
  const longest = (spans: [number, number][]) => spans.filter(([a, b]) => !spans.some(([x, y]) => x <= a && y >= b && y - x > b - a));

  const soFar = longest(wordsOutside(text, terms, SO_FAR_WORDS))[0];
  const thisYear = wordsOutside(text, terms, THIS_YEAR)[0];
  const upToNow = thisYear && longest(wordsOutside(text, terms, UP_TO_NOW))[0];
  if (soFar || (thisYear && upToNow)) {
    const spans = soFar ? [soFar] : [thisYear!, upToNow!];
    const word = mapped(spans, ([a, b]) => text.slice(a, b)).join('…');
    const span: [number, number] = [Math.min(...mapped(spans, (s) => s[0])), Math.max(...mapped(spans, (s) => s[1]))];
    out.soFar = { word, span, reading: `${word} = ${clockYear} up to ${out.today}: part of a year`, year: clockYear };
    out.words.push(out.soFar);
    out.spans.push(...spans);
    return out;
  }

  const found: DateWord[] = [];
  // The year requests were carried over from belongs to the figure (上年结转), not to which report.
  const carried = (word: string, [a, b]: [number, number]) => {
    if (!CARRIED_FROM.test(text.slice(b))) return false;
    found.push({ word, span: [a, b], reading: `${word} = the year requests were carried over from: part of the figure` });
    return true;
  };
  for (const [a, b] of longest(wordsOutside(text, terms, ALL_CLOCK))) {
    const word = text.slice(a, b);
    if (carried(word, [a, b])) continue;
    const { back } = CLOCK_YEARS.find((c) => c.words.includes(word))!;
    if (back === 0 && word.length === THE_YEAR_AFTER.length && MOVED_INTO.test(text.slice(Math.max(0, a - 4), a))) {
      out.movedInto.push([a, b]);
      found.push({ word, span: [a, b], reading: `${word} = the year a request moved into: ${THE_YEAR_AFTER} of the report` });
      continue;
    }
    let year = clockYear - back;
    let reading = `${word} = ${year} (${out.today} − ${back})`;
    // 今年 asked before this year's report exists: the newest report, the one published this year
    // or before (the year it names is in the reply's citation).
    if (back === 0 && !years.covered(year)) {
      const newest = years.newest();
      if (newest !== undefined && newest < year) {
        reading = `${word} = ${year}, not reported yet: the newest report, ${newest}`;
        year = newest;
      }
    }
    found.push({ word, span: [a, b], reading, year });
    // A date word the catalogue's cues do not hold (大前年, two years ago) is blanked like an agency's name.
    if (!mentions.some((m) => m.start === a && m.end === b)) out.spans.push([a, b]);
  }
  // In a conversation 「那上一年呢」 is a year, though 上一年 alone also names a column of the 2019 format.
  const yearTerms = years.conversationYear === undefined ? terms : terms.filter((m) => !ALL_CONVERSATION.includes(m.text));
  for (const [a, b] of longest(wordsOutside(text, yearTerms, ALL_CONVERSATION))) {
    if (found.some((f) => a < f.span[1] && f.span[0] < b)) continue;
    const word = text.slice(a, b);
    if (carried(word, [a, b])) continue;
    const { back } = CONVERSATION_YEARS.find((c) => c.words.includes(word))!;
    const from = years.conversationYear ?? clockYear;
    const year = from - back;
    const reading = `${word} = ${year} (${years.conversationYear !== undefined ? `the figure just given, ${from}` : out.today} − ${back})`;
    found.push({ word, span: [a, b], reading, year });
    out.spans.push([a, b]);
  }
  found.sort((x, y) => x.span[0] - y.span[0]);
  out.words = found;
  out.year = found.find((f) => f.year !== undefined)?.year;
  return out;
}
