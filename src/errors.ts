// Errors carry a stable code, so a channel can decide what to show without matching on text. The
// codes are one closed list: a program that switches on them sees every case, and a typo is a
// compile error. A wrapped failure keeps what caused it (`cause`, with its stack) for the log.
export type ErrorCode =
  // reading and importing reports
  | 'empty'
  | 'invalid_report'
  | 'no_agency'
  | 'no_text_layer'
  | 'ocr_failed'
  | 'no_year'
  | 'not_a_file'
  | 'not_a_report'
  | 'not_docx'
  | 'not_pdf'
  | 'not_text'
  | 'parse_failed'
  | 'unreadable'
  | 'write_failed'
  // import limits: a file too large, too many lines, figures or paragraphs
  | 'too_large'
  | 'too_many_lines'
  | 'too_many_figures'
  | 'too_many_paragraphs'
  /** a table row or table spreading over too many cells, HTML nested too deep, a PDF too long or too busy */
  | 'too_many_cells'
  | 'too_deep'
  | 'too_many_pages'
  | 'too_many_items'
  // the knowledge base
  | 'kb_invalid'
  | 'kb_unreadable'
  | 'kb_busy'
  /** another import wrote the same report meanwhile */
  | 'conflict'
  /** replacing a stored report would lose cells or sections (needs --replace) */
  | 'would_lose'
  | 'not_found'
  // answering and the model
  | 'answer_failed'
  | 'llm_config'
  | 'needs_async'
  // settings, the command line and the session store
  | 'bad_config'
  | 'usage'
  | 'store_unavailable';

export class GongkaiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly detail: { file?: string; line?: number } = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'GongkaiError';
  }

  /** `err` as a GongkaiError: itself when it is one, else wrapped under `code` with it as the cause. */
  static wrap(err: unknown, code: ErrorCode, message?: string): GongkaiError {
    if (err instanceof GongkaiError) return err;
    const text = message ?? (err instanceof Error ? err.message : String(err));
    return new GongkaiError(code, text, {}, { cause: err });
  }
}
