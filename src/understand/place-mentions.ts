// Places a question names (郑州, 淮安, Zhoukou) outside the agency names already read, each with the
// agencies of ours it is the place of: a place none of ours is in is a report we do not have.
import { mapped } from '../arrays.ts';
import { placeAt, places, placeStem, type Place } from '../catalogue/places.ts';
import { DOMAIN_WORDS } from '../catalogue/lexicon-cues.ts';
import type { AgencyIndex } from './agency-scope.ts';

const DOMAIN_HAN = DOMAIN_WORDS.filter((w) => /\p{Script=Han}/u.test(w));

export interface PlaceMention {
  start: number;
  end: number;
  place: Place;
  /** the agencies of ours this place is part of */
  agencies?: Set<string>;
}

/** Places named in the question, Chinese or English, outside the spans already claimed. */
export function placeMentions(text: string, claimed: [number, number][], index: AgencyIndex): PlaceMention[] {
  const { english } = places();
  const out: PlaceMention[] = [];
  // A place may not cut through a word of the subject: 公开平台 holds no 开平.
  const domain: [number, number][] = [];
  for (const w of DOMAIN_HAN) for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) domain.push([at, at + w.length]);
  const free = (a: number, b: number) =>
    !claimed.some(([x, y]) => a < y && x < b) && !domain.some(([x, y]) => a < y && x < b && (a > x || b < y) && (x < a || y > b));
  const covered = (place: Place, form: string) =>
    mapped([form, place.name, placeStem(place.name)], (f) => index.aliases.get(f)).find((e) => e?.place)?.agencies;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400) continue;
    const found = placeAt(text, i, free);
    if (!found) continue;
    out.push({ start: i, end: i + found.form.length, place: found.place, agencies: covered(found.place, found.form) });
    i += found.form.length - 1;
  }
  if (/[a-z]{4}/.test(text)) {
    for (const m of text.matchAll(/[a-z]+(?: [a-z]+)?/g)) {
      const words = m[0].split(' ');
      for (const [k, w] of [[0, m[0]], [0, words[0]!], [words[0]!.length + 1, words[1] ?? '']] as [number, string][]) {
        const place = english.get(w);
        if (!place || claimed.some(([x, y]) => m.index + k < y && x < m.index + k + w.length)) continue;
        out.push({ start: m.index + k, end: m.index + k + w.length, place, agencies: covered(place, place.name) });
        break;
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Whether a longer place than `alias` is written at `at`, and it names none of `agencies`. */
export function elsewhere(text: string, at: number, alias: string, agencies: Set<string>, index: AgencyIndex): boolean {
  const longer = placeAt(text, at);
  if (!longer || longer.form.length <= alias.length) return false;
  const own = index.aliases.get(longer.form) ?? index.aliases.get(longer.place.name);
  return !own || ![...own.agencies].some((a) => agencies.has(a));
}
