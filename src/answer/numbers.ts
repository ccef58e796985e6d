// How a computed figure is rounded and written: once, here, so that the number a reply shows and
// the `value` it carries are the same number (a difference of 1.25 万元 is 1.25 in both).

/**
 * The precision a figure is shown with: one decimal for a percentage; for anything else four, which
 * keeps every figure as a report prints it (4068.208 万元) and drops only the float's noise from a sum.
 */
export function roundAs(value: number, unit: string): number {
  return roundTo(value, unit === '%' ? 10 : 10_000);
}

/** The value rounded to a power of ten (10: one decimal) by size, the sign put back: −0.15 rounds like 0.15. */
export function roundTo(value: number, scale: number): number {
  return (Math.sign(value) * Math.round(Math.abs(value) * scale)) / scale || 0;
}

export function formatValue(value: number, unit: string): string {
  const rounded = roundAs(value, unit);
  return unit === '%' ? rounded.toFixed(1) : String(rounded);
}

/**
 * How far apart two figures are, as a reply states it: the size, never signed. Which way it goes is
 * said in words (「多 19 件」「减少 20 件」), so the value and the text never disagree.
 */
export function difference(a: number, b: number, unit: string): number {
  return roundAs(Math.abs(a - b), unit);
}
