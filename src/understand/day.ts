// Days as the clock is given them (--today, a jsonl line's today, the API's today): light enough
// for the command line to check before it loads the matcher.

/** A day as YYYY-MM-DD in UTC, the form --today and the `today` field take. */
export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A valid YYYY-MM-DD as a Date (noon UTC, so every time zone sees the same day), else undefined. */
export function parseDay(text: unknown): Date | undefined {
  if (typeof text !== 'string' || !/^\d{4}-\d\d-\d\d$/.test(text)) return undefined;
  const date = new Date(`${text}T12:00:00Z`);
  return Number.isNaN(date.getTime()) || dayOf(date) !== text ? undefined : date;
}
