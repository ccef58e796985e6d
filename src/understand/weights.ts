// Every number that weighs one reading of a question against another, in one place. Each is a
// judgement about language, not a measurement: change one and run every question set.

// ── The catalogue's words (terms.ts, match.ts) ─────────────────────────────────────────────────
/** A label is what the report prints: the surest sign of a figure. */
export const LABEL_WEIGHT = 1;
/** A synonym or paraphrase is what people say: a sign, less sure than the printed label. */
export const SYNONYM_WEIGHT = 0.85;
/** A generic phrase (多少申请) only decides when no specific word is there to outweigh it. */
export const FALLBACK_WEIGHT = 0.3;
/** A group's words naming the whole the group's rows add up to (其他处理 → its total). */
export const WHOLE_WEIGHT = 0.75;
/** A term said loosely (characters slipped between its words): less sure than said as printed. */
export const LOOSE_WEIGHT = 0.9;

// ── The figures' vocabularies (query.ts) ───────────────────────────────────────────────────────
/** A word shared by more rows than this names none of them. */
export const MAX_NAMED = 3;
/** Score of a vocabulary word per character, divided among the rows it names. */
export const VOCABULARY_WEIGHT = 0.5;
/** How firmly a paraphrase's words must name a figure: a two-character word naming it alone, or several words naming it. */
export const MIN_PARAPHRASE = 1;

// ── Sentences of the report's prose (prose.ts) ─────────────────────────────────────────────────
/** Below this, a shared word or two is chance, not a question about that figure. */
export const MIN_SCORE = 1.4;
/** A word in the figure's sentence but outside its own clause counts this much of one inside it. */
export const SENTENCE_WEIGHT = 0.3;
/** The least weight a character pair keeps however common it is in the report. */
export const MIN_PAIR_WEIGHT = 0.05;
/** What a question asking the figure's unit (几件, 多少人) adds to a sentence's score. */
export const UNIT_ASKED_BONUS = 0.5;
/** Below this, a paragraph shares too little with the question to be what it asks about. */
export const MIN_PASSAGE_SCORE = 1.2;
/** A paragraph is the one asked about only when it scores this many times the next best. */
export const PASSAGE_MARGIN = 1.2;

// ── Between readings (query.ts) ────────────────────────────────────────────────────────────────
/** Two readings within this share of the best one's score, giving different values, are a tie: ask back. */
export const NEAR_TIE = 0.95;
