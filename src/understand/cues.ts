// The words that say what kind of answer a question wants are declared in the catalogue
// (catalogue/lexicon-cues.ts); understanding and the operations read them from here too.
export { CHANGE_WORDS, CONJUNCTION, DOMAIN_WORDS, FLAGS, NEGATION, SPAN_CUES, type CueKind } from '../catalogue/lexicon-cues.ts';
