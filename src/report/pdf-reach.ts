// Lines of a PDF page indexed by height, so that "the rows near this line" is a binary search and
// not a scan of every row: a page of thousands of label fragments (each looking for its row, and
// each fragment attached letting the next one reach further) costs n log n, not n² or n³. The
// items are those of report/pdf.ts and of report/ocr.ts alike, kept here so neither imports the other.

/** A text item of a page (from its text layer, or read by OCR): its text, where its baseline starts, its width and its font size. */
export interface Item {
  str: string;
  x: number;
  y: number;
  w: number;
  size: number;
}

interface OnBaseline {
  y: number;
}

export class ByHeight<T extends OnBaseline> {
  private readonly sorted: T[];

  constructor(lines: Iterable<T>) {
    this.sorted = [...lines].sort((a, b) => a.y - b.y);
  }

  /** The first index whose y is at least `y`. */
  private from(y: number): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sorted[mid]!.y < y) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The lines whose baseline is within `radius` of `y`, bottom to top. */
  within(y: number, radius: number): T[] {
    const out: T[] = [];
    for (let i = this.from(y - radius); i < this.sorted.length && this.sorted[i]!.y <= y + radius; i++) out.push(this.sorted[i]!);
    return out;
  }
}

/** The largest font size of some lines: how far any of them can reach. */
export function largest(lines: Iterable<{ size: number }>): number {
  let max = 0;
  for (const l of lines) if (l.size > max) max = l.size;
  return max;
}
