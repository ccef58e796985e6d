// The layouts synthetic reports are written in (report/generate.ts): a module of its own, so that
// the command line can list them in its help without loading the generator.
export type Layout = 'tab' | 'pipe' | 'lines' | 'pdf' | 'html' | 'joined';
/** The layouts `generate` takes in turn. */
export const LAYOUTS: Layout[] = ['tab', 'pipe', 'lines', 'pdf', 'html'];
/**
 * Every layout, with text copied from pages that run a row's cells together (「801000081」): the
 * import places those rows by the format's relations, or keeps them aside, so they are asked for
 * by name rather than mixed into the round trip of every layout.
 */
export const ALL_LAYOUTS: Layout[] = [...LAYOUTS, 'joined'];
