// .docx → HTML (mammoth) → text lines by the HTML route: Word tables keep their merged cells
// (vMerge, gridSpan) as rowspan and colspan, which the HTML route spreads as empty cells.
//
// A .docx is a zip, and a small one can unpack to a huge document (2,000,000 empty paragraphs fit
// in 275 KB) that mammoth would hold in memory all at once. So the XML parts are first streamed
// through the inflater, counting bytes and paragraphs, and the file is refused at the first byte
// over a limit, before mammoth parses anything: every part mammoth will read, found as mammoth
// finds it (through the package's relationships), whatever its name ends in.
import { posix } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { GongkaiError } from '../errors.ts';
import { htmlToText } from './html.ts';
import { DEFAULT_LIMITS, describeLimit, overLimit, type ImportLimits } from './limits.ts';

export async function docxToText(bytes: Uint8Array, file: string, limits: ImportLimits = DEFAULT_LIMITS): Promise<string> {
  await checkUnpackedSize(bytes, file, limits);
  let html: string;
  try {
    html = (await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      // Pictures say nothing the parser reads; left packed, they cost neither time nor memory.
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    )).value;
  } catch (err) {
    throw unreadable(file, err);
  }
  return htmlToText(html, file, limits);
}

/**
 * Why a .docx cannot be read, in words: the zip library's own messages quote the bytes it found,
 * which say nothing to a person.
 */
function unreadable(file: string, err: unknown): GongkaiError {
  const m = String((err as Error)?.message ?? err);
  const why = /central directory|is this a zip/i.test(m)
    ? 'it is not a zip archive, or it was cut short (a .docx is a zip archive; an old .doc renamed to .docx is not one: save it again as .docx)'
    : /signature|corrupt|crc|invalid|bad|unexpected|inflat/i.test(m)
      ? 'its zip archive is damaged (download or copy it again)'
      : /document\.xml|could not find|not find/i.test(m)
        ? 'the archive holds no Word document (word/document.xml)'
        : 'it could not be read as a Word document';
  return new GongkaiError('not_docx', `${file}: not a readable Word .docx file: ${why}`, { file });
}

function tooManyParagraphs(file: string, limits: ImportLimits): GongkaiError {
  return new GongkaiError('too_many_paragraphs', `${file}: the Word file holds more paragraphs than the limit of ${describeLimit(limits, 'docxParagraphs')}`, { file });
}

// A paragraph element under any namespace prefix (w:p in Word's own files, but a file may bind
// the namespace to another prefix), and DrawingML's a:p in text boxes: all become paragraphs. A
// table row (tr) and its cells (tc) are counted too: a row of 40,000 cells is refused here,
// before mammoth turns it into HTML.
const COUNTED_TAG = /<(?:[A-Za-z_][\w.-]*:)?(p|tr|tc)[\s/>]/g;
// Longer than any tag name and prefix worth counting.
const CARRY = 128;

interface Counts {
  unpacked: number;
  paragraphs: number;
  /** cells of the table row being read */
  rowCells: number;
}

async function checkUnpackedSize(bytes: Uint8Array, file: string, limits: ImportLimits): Promise<void> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (err) {
    throw unreadable(file, err);
  }
  const count: Counts = { unpacked: 0, paragraphs: 0, rowCells: 0 };
  const counted = new Set<string>();
  for (const entry of Object.values(zip.files)) {
    if (entry.dir || !/\.(?:xml|rels)$/i.test(entry.name)) continue;
    await countPart(entry, count, file, limits);
    counted.add(entry.name);
  }
  // The parts mammoth reads are found through the package's relationships, whatever they are
  // called: a document part named word/document.dat is read as surely as word/document.xml.
  for (const name of await partsRead(zip)) {
    const entry = zip.file(name);
    if (!entry || counted.has(name)) continue;
    await countPart(entry, count, file, limits);
    counted.add(name);
  }
}

const RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
/** The parts of the main document that mammoth reads besides it, by relationship type. */
const READ_WITH_DOCUMENT = ['styles', 'numbering', 'footnotes', 'endnotes', 'comments'];

/** A rels part's relationships in order: each one's type and the part it points to (relative to `base`). */
async function relationships(zip: JSZip, relsPath: string, base: string): Promise<{ type: string | undefined; path: string }[]> {
  const rels = zip.file(relsPath);
  const xml = rels ? await rels.async('string') : '';
  const out: { type: string | undefined; path: string }[] = [];
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?Relationship\b([^>]*)>/g)) {
    const attrs = m[1]!;
    const target = /\bTarget\s*=\s*["']([^"']*)["']/.exec(attrs)?.[1];
    if (!target) continue;
    const type = /\bType\s*=\s*["']([^"']*)["']/.exec(attrs)?.[1];
    out.push({ type, path: target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(base, target)) });
  }
  return out;
}

/** Mammoth's way to a part: the first relationship of its type to a part the package holds, else the usual path. */
function partPath(zip: JSZip, rels: { type: string | undefined; path: string }[], type: string, fallback: string): string {
  return rels.find((r) => r.type === RELATIONSHIP + type && zip.file(r.path))?.path ?? fallback;
}

/** Every part mammoth will read: the main document wherever the package puts it, and its own parts. */
async function partsRead(zip: JSZip): Promise<string[]> {
  const main = partPath(zip, await relationships(zip, '_rels/.rels', ''), 'officeDocument', 'word/document.xml');
  const base = posix.dirname(main) === '.' ? '' : posix.dirname(main);
  // The document's relationships, read once for all the parts it names.
  const rels = await relationships(zip, posix.join(base, '_rels', `${posix.basename(main)}.rels`), base);
  return [main, ...READ_WITH_DOCUMENT.map((type) => partPath(zip, rels, type, `word/${type}.xml`))];
}

/** Streams one part through the inflater, adding to the counts; stops at the first byte over a limit. */
function countPart(entry: JSZip.JSZipObject, count: Counts, file: string, limits: ImportLimits): Promise<void> {
  return new Promise((resolve, reject) => {
    // JSZip's stream is a readable-stream v2 stream: events, not async iteration.
    const stream = entry.nodeStream('nodebuffer') as NodeJS.ReadableStream;
    let carry = '';
    const stop = (err: GongkaiError) => {
      stream.pause();
      stream.removeAllListeners('data');
      reject(err);
    };
    /** Counts the tags in `text`; the error when one is over a limit. */
    const tags = (text: string): GongkaiError | undefined => {
      for (const m of text.matchAll(COUNTED_TAG)) {
        if (m[1] === 'p') count.paragraphs++;
        else if (m[1] === 'tr') count.rowCells = 0;
        else if (++count.rowCells > limits.tableRowCells) {
          return overLimit('too_many_cells', file, `a table row of the Word file reaches ${count.rowCells.toLocaleString('en')} cells`, limits, 'tableRowCells');
        }
      }
      return count.paragraphs > limits.docxParagraphs ? tooManyParagraphs(file, limits) : undefined;
    };
    stream.on('data', (chunk: Buffer) => {
      count.unpacked += chunk.length;
      if (count.unpacked > limits.docxXmlBytes) {
        return stop(new GongkaiError('too_large', `${file}: the Word file unpacks to more XML than the limit of ${describeLimit(limits, 'docxXmlBytes')}`, { file }));
      }
      // Tags are ASCII: latin1 keeps one character per byte, and a tag cut between two chunks is
      // counted once, from the last '<' carried over.
      const text = carry + chunk.toString('latin1');
      const lastTag = text.lastIndexOf('<');
      const over = tags(lastTag < 0 ? text : text.slice(0, lastTag));
      carry = lastTag < 0 ? '' : text.slice(Math.max(lastTag, text.length - CARRY));
      if (over) stop(over);
    });
    stream.on('end', () => {
      const over = tags(carry);
      if (over) reject(over);
      else resolve();
    });
    stream.on('error', (err: Error) => reject(unreadable(file, err)));
  });
}
