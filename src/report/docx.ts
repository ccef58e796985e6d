// .docx → HTML (mammoth) → text lines by the HTML route: Word tables keep their merged cells
// (vMerge, gridSpan) as rowspan and colspan, which the HTML route spreads as empty cells.
import mammoth from 'mammoth';
import { GongkaiError } from '../errors.ts';
import { htmlToText } from './html.ts';

export async function docxToText(bytes: Uint8Array, file: string): Promise<string> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value;
  } catch (err) {
    throw new GongkaiError('not_docx', `${file}: not a readable Word .docx file (${(err as Error).message.split('\n')[0]})`, { file });
  }
  return htmlToText(html);
}
