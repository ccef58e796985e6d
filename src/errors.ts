// Errors carry a stable code, so a channel can decide what to show without matching on text.
export class GongkaiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly detail: { file?: string; line?: number } = {},
  ) {
    super(message);
    this.name = 'GongkaiError';
  }
}
