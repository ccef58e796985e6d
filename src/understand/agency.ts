// Agency names read by their parts: place + level + function + kind of organ (周口 | 市 | 住房和城乡建设 |
// 局). A loaded report's agency is cut into these parts once; a question's words are read the same
// way (住建, 住建局, 周口住建, 市住建局, 住建委, 建设局, 沐阳发改局, 上海市府办) and matched part by
// part, so that a short or near name finds its report without a list of aliases per report, and a
// name whose function differs (财政局, Finance Bureau) is another agency.
import { mapped } from '../arrays.ts';
import { AGENCY_FUNCTIONS, EN_CONNECTORS, EN_NOT_PLACES, LEVEL_SUFFIX, LEVELS_EN, LOOKALIKE, ORGAN_KINDS, ORGAN_KINDS_EN, type OrganFamily } from '../catalogue/agency-names.ts';
import { placeAt, places, placeStem, type Place } from '../catalogue/places.ts';
import { perOwner } from './memo.ts';
import { normalise } from './normalise.ts';
import { pinyinOf } from './sounds.ts';

/** An agency's name by its parts. */
export interface AgencyParts {
  agency: string;
  /** the places its name holds, widest first (淮安市, 洪泽区) */
  places: Place[];
  /** the level of its most specific place: 市, 区, 县, 省 */
  level?: string;
  /** the official fragment of its function (住房和城乡建设), from the catalogue */
  fn?: string;
  /** the kind of organ; none for a government itself */
  family?: OrganFamily;
}

/** An agency named in a question, by the parts it was read from. */
export interface NameMention {
  start: number;
  end: number;
  text: string;
  place?: Place;
  level?: string;
  fn: string;
  family?: OrganFamily;
  /** the loaded agencies it fits */
  agencies: string[];
}

const levelOf = (place: Place) => LEVEL_SUFFIX.exec(place.name)?.[1];

/** Function forms, longest first, each with what it needs around it to name an agency. */
const FORMS: { form: string; fn: string; bound: boolean }[] = AGENCY_FUNCTIONS
  .flatMap((f) => [...mapped(f.short, (form) => ({ form, fn: f.name, bound: false })), ...mapped(f.bound, (form) => ({ form, fn: f.name, bound: true }))])
  .sort((a, b) => b.form.length - a.form.length);
// A government is named with its place or level (淮安市政府, 市政府), never by 政府 alone.
const GOVERNMENT = AGENCY_FUNCTIONS.find((f) => f.en.includes('government'))!.name;

function functionAt(text: string, at: number): { form: string; fn: string; bound: boolean } | undefined {
  return FORMS.find((f) => text.startsWith(f.form, at));
}

function kindAt(text: string, at: number): { form: string; family: OrganFamily } | undefined {
  return ORGAN_KINDS.find((k) => text.startsWith(k.form, at) && !k.notBefore?.test(text.slice(at + k.form.length)));
}

/** An agency's official name cut into its parts. */
export function partsOf(agency: string): AgencyParts {
  const name = normalise(agency);
  const parts: AgencyParts = { agency, places: [] };
  let at = 0;
  for (let found = placeAt(name, at); found; found = placeAt(name, at)) {
    parts.places.push(found.place);
    at += found.form.length;
  }
  const home = parts.places.at(-1);
  if (home) parts.level = levelOf(home);
  // A place and nothing else (三明市) is printed for that place's government.
  const fn = at === name.length && home ? { form: '', fn: GOVERNMENT, bound: false } : functionAt(name, at);
  if (fn) {
    parts.fn = fn.fn;
    const kind = kindAt(name, at + fn.form.length);
    if (kind) parts.family = kind.family;
  }
  return parts;
}

/** The loaded agencies by their parts, and their places also as people mistype them (沐阳 for 沭阳). */
export interface NameModel {
  parts: AgencyParts[];
  nearPlaces: Map<string, Place>;
}

/**
 * The loaded agencies' places by their pinyin (shuyang, hongze): the gazetteer's English has cities
 * only. Made only when an English question names an agency (pinyin-pro loads its dictionary, about 90 ms).
 */
const pinyinPlaces = perOwner((model: NameModel): Map<string, Place> => {
  const out = new Map<string, Place>();
  for (const p of model.parts) {
    for (const place of p.places) {
      const stem = place.name.replace(LEVEL_SUFFIX, '');
      if (stem.length >= 2) out.set(pinyinOf(stem).join('').replace(/ü|v/g, 'u'), place);
    }
  }
  return out;
});

export function nameModel(agencies: Iterable<string>): NameModel {
  const parts = mapped([...agencies], partsOf);
  const nearPlaces = new Map<string, Place>();
  for (const p of parts) {
    for (const place of p.places) {
      const bare = place.name.replace(LEVEL_SUFFIX, '');
      for (const form of new Set([place.name, placeStem(place.name), ...(bare.length >= 2 ? [bare] : [])])) {
        for (const [right, wrong] of LOOKALIKE) {
          if (!form.includes(right)) continue;
          const near = form.replaceAll(right, wrong);
          if (!places().forms.has(near)) nearPlaces.set(near, place);
        }
      }
    }
  }
  return { parts, nearPlaces };
}

function nearPlaceAt(text: string, at: number, model: NameModel): { place: Place; form: string } | undefined {
  for (const [form, place] of model.nearPlaces) if (text.startsWith(form, at)) return { place, form };
  return undefined;
}

/** The loaded agencies that a name read by its parts fits. */
function fitting(model: NameModel, m: Omit<NameMention, 'agencies' | 'start' | 'end' | 'text'>): string[] {
  const fit = model.parts.filter((p) => p.fn === m.fn
    && (!m.family || p.family === m.family || (m.fn === GOVERNMENT && p.family === undefined))
    && (!m.place || p.places.some((q) => q.name === m.place!.name))
    && (!m.level || p.level === m.level));
  // 上海市政府 is the government itself, else its general office, which reports for it; 淮安市政府办
  // is that office, else the government it reports for.
  const own = m.fn === GOVERNMENT ? fit.filter((p) => p.family === m.family) : fit;
  return mapped(own.length ? own : fit, (p) => p.agency);
}

/**
 * Agency names in a normalised question, read by their parts, where `free` allows. Names with a
 * function are read, and a loaded report's place mistyped (沐阳); a place alone is the gazetteer's.
 */
export function nameMentions(text: string, model: NameModel, free: (start: number, end: number) => boolean): NameMention[] {
  const out: NameMention[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 0x3400) continue;
    let at = i;
    let place: Place | undefined;
    let level: string | undefined;
    for (let found = placeAt(text, at) ?? nearPlaceAt(text, at, model); found; found = placeAt(text, at) ?? nearPlaceAt(text, at, model)) {
      place = found.place;
      at += found.form.length;
      level = found.form.endsWith(place.name.slice(-1)) ? levelOf(place) : undefined;
    }
    // 「市住建局」: the level without the place's name.
    if (!place && LEVEL_SUFFIX.test(text[at]!) && functionAt(text, at + 1)) level = text[at++];
    const fn = functionAt(text, at);
    // 「沐阳 予以公开」: a loaded report's place as people mistype it, alone, is that place.
    if (!fn && place && model.nearPlaces.has(text.slice(i, at)) && free(i, at)) {
      const agencies = mapped(model.parts.filter((p) => p.places.some((q) => q.name === place!.name)), (p) => p.agency);
      out.push({ start: i, end: at, text: text.slice(i, at), place, fn: '', agencies });
      i = at - 1;
      continue;
    }
    if (!fn) continue;
    at += fn.form.length;
    const kind = kindAt(text, at);
    if (kind) at += kind.form.length;
    // What a name needs around its function: 建设 and 府 need a kind or a place; 政府 a place or level.
    const enough = fn.fn === GOVERNMENT ? !!(place || level || (kind && !fn.bound)) : fn.bound ? !!(kind || place) : true;
    if (!enough || !free(i, at)) continue;
    const read = { place, level, fn: fn.fn, family: kind?.family };
    out.push({ start: i, end: at, text: text.slice(i, at), ...read, agencies: fitting(model, read) });
    i = at - 1;
  }
  return out;
}

// ---------------------------------------------------------------- English

const EN_FUNCTIONS = AGENCY_FUNCTIONS.flatMap((f) => mapped(f.en, (en) => ({ en, fn: f.name }))).sort((a, b) => b.en.length - a.en.length);
const EN_KIND = new RegExp(`\\b(${Object.keys(ORGAN_KINDS_EN).join('|')})\\b`, 'g');

/**
 * English agency names in a normalised (lower-case) question: the words before a kind of organ
 * (Zhoukou Municipal Finance Bureau, the construction bureau). A name with a function of the
 * catalogue is matched to the loaded agencies; one with none (the bureau) names nothing.
 */
export function englishNameMentions(text: string, model: NameModel): NameMention[] {
  const out: NameMention[] = [];
  const { english } = places();
  for (const k of text.matchAll(EN_KIND)) {
    const before = text.slice(0, k.index).trimEnd().split(/\s+/);
    let place: Place | undefined;
    let level: string | undefined;
    let fn: string | undefined;
    const words: string[] = [];
    let stop: string | undefined;
    // Walk back over the words of the name: function words, level words, a place, connectors.
    for (let j = before.length - 1; j >= 0; j--) {
      const w = before[j]!.replace(/[^a-z&'’-]/g, '');
      const phrase = [w, ...words].join(' ');
      const fnHit = EN_FUNCTIONS.find((f) => phrase.startsWith(f.en) || f.en.split(' ').includes(w) || f.en === w);
      const bare = w.replace(/['’]/g, '');
      const named = english.get(bare) ?? pinyinPlaces(model).get(bare);
      if (LEVELS_EN[w]) level ??= LEVELS_EN[w];
      else if (named) place ??= named;
      else if (!fnHit && !EN_CONNECTORS.has(w)) {
        stop = w;
        break;
      }
      words.unshift(w);
    }
    // 「Xinyi County Development and Reform Bureau」: a word we do not know before the level is a place
    // that no loaded report is of.
    const elsewhere = !place && !!stop && /^[a-z]{3,}$/.test(stop) && !EN_NOT_PLACES.has(stop) && !!LEVELS_EN[words[0] ?? ''];
    if (elsewhere) words.unshift(stop!);
    const phrase = words.join(' ');
    const kind = ORGAN_KINDS_EN[k[1]!]!;
    // Huai'an Municipal People's Government: the government itself, of the level its words say.
    fn = kind === 'government' ? (place || elsewhere ? GOVERNMENT : undefined) : EN_FUNCTIONS.find((f) => phrase.includes(f.en))?.fn;
    if (!fn) continue;
    const family = kind === 'government' ? undefined : kind;
    const name = `${phrase} ${k[1]}`.replace(/^(?:the |of |and )+/, '');
    const start = k.index! + k[0].length - name.length;
    const read = { place, level, fn, family: fn === GOVERNMENT ? undefined : family };
    // Said back as an English name is written: Zhoukou Municipal Finance Bureau.
    const written = name.replace(/\b[a-z]/g, (c, at: number) => (EN_CONNECTORS.has(name.slice(at).split(' ')[0]!) ? c : c.toUpperCase()));
    out.push({ start, end: k.index! + k[0].length, text: written, ...read, agencies: elsewhere ? [] : fitting(model, fn === GOVERNMENT ? read : { ...read, family: undefined }) });
  }
  return out;
}
