// How questions are typed: the characters, spellings and numerals people write that the
// understanding reads as one canonical text before it looks for the catalogue's words.

/**
 * Characters a speaker slips between the words of a term without changing what it names:
 * 「复议之后再起诉」 is 复议后起诉, 「直接去法院告」 stays itself. Only these, and at most a few.
 */
export const SLIPPED_IN = '之再又就了的以还才去来给被都也完先';
