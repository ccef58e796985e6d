// .docx → HTML (mammoth) → text lines by the HTML route: Word tables keep their merged cells
// (vMerge, gridSpan) as rowspan and colspan, which the HTML route spreads as empty cells.
//
// A .docx is a zip, and a small one can unpack to a huge document (2,000,000 empty paragraphs fit
// in 275 KB) that mammoth would hold in memory all at once. So the XML parts are first streamed
// through the inflater, counting bytes and paragraphs, and the file is refused at the first byte
// over a limit, before mammoth parses anything.
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { GongkaiError } from '../errors.ts';
import { htmlToText } from './html.ts';
import { DEFAULT_LIMITS, describeLimit, type ImportLimits } from './limits.ts';

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
  return htmlToText(html);
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
// the namespace to another prefix), and DrawingML's a:p in text boxes: all become paragraphs.
const PARAGRAPH = /<(?:[A-Za-z_][\w.-]*:)?p[\s/>]/g;
// Longer than any tag name and prefix worth counting.
const CARRY = 128;

async function checkUnpackedSize(bytes: Uint8Array, file: string, limits: ImportLimits): Promise<void> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (err) {
    throw unreadable(file, err);
  }
  const count = { unpacked: 0, paragraphs: 0 };
  for (const entry of Object.values(zip.files)) {
    if (entry.dir || !/\.(?:xml|rels)$/i.test(entry.name)) continue;
    await countPart(entry, count, file, limits);
  }
}

/** Streams one part through the inflater, adding to the counts; stops at the first byte over a limit. */
function countPart(entry: JSZip.JSZipObject, count: { unpacked: number; paragraphs: number }, file: string, limits: ImportLimits): Promise<void> {
  return new Promise((resolve, reject) => {
    // JSZip's stream is a readable-stream v2 stream: events, not async iteration.
    const stream = entry.nodeStream('nodebuffer') as NodeJS.ReadableStream;
    let carry = '';
    const stop = (err: GongkaiError) => {
      stream.pause();
      stream.removeAllListeners('data');
      reject(err);
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
      count.paragraphs += (lastTag < 0 ? text : text.slice(0, lastTag)).match(PARAGRAPH)?.length ?? 0;
      carry = lastTag < 0 ? '' : text.slice(Math.max(lastTag, text.length - CARRY));
      if (count.paragraphs > limits.docxParagraphs) stop(tooManyParagraphs(file, limits));
    });
    stream.on('end', () => {
      count.paragraphs += carry.match(PARAGRAPH)?.length ?? 0;
      if (count.paragraphs > limits.docxParagraphs) reject(tooManyParagraphs(file, limits));
      else resolve();
    });
    stream.on('error', (err: Error) => reject(unreadable(file, err)));
  });
}
