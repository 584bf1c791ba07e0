import PDFDocument from 'pdfkit';
import type { LetterText } from './letter-text';

/** What the document says about itself: its title and the instant it counts as created. */
export interface LetterPdfMeta {
  /** Document title (no personal data: the kind of letter and its reference). */
  title: string;
  author: string;
  /** The letter's own created time: fixed, so rendering the same letter again gives the same bytes. */
  createdAt: Date;
}

const BODY_SIZE = 11;
const SMALL_SIZE = 9;

/**
 * Lay a letter's text out on A4 as a tagged PDF (headings, paragraphs and lists carry structure for
 * screen readers), with the 14 standard fonts only — nothing is read from the machine, and with the
 * document dates fixed the output is byte-for-byte the same every time.
 */
export function renderLetterPdf(text: LetterText, meta: LetterPdfMeta): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 56, left: 64, right: 64 },
    pdfVersion: '1.7',
    tagged: true,
    lang: 'en-GB',
    displayTitle: true,
    info: {
      Title: meta.title,
      Author: meta.author,
      Creator: 'CAMHS Waiting List Tracker',
      Producer: 'CAMHS Waiting List Tracker (PDFKit)',
      CreationDate: meta.createdAt,
      ModDate: meta.createdAt,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const root = doc.struct('Document');
  doc.addStructure(root);
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const para = (value: string, options: PDFKit.Mixins.TextOptions = {}) => doc.text(value, { width, structParent: root, ...options });

  doc.font('Helvetica-Bold').fontSize(SMALL_SIZE + 1);
  para(text.letterhead[0], { align: 'right' });
  doc.font('Helvetica').fontSize(SMALL_SIZE);
  for (const line of text.letterhead.slice(1)) para(line, { align: 'right' });

  doc.moveDown(2).fontSize(BODY_SIZE);
  para(text.addressee);
  doc.moveDown();
  para(text.date);
  para(text.reference);

  doc.moveDown(1.5).font('Helvetica-Bold').fontSize(14);
  para(text.title, { structType: 'H1' });
  if (text.subject) {
    doc.moveDown(0.5).fontSize(BODY_SIZE);
    para(text.subject);
  }

  doc.moveDown().font('Helvetica').fontSize(BODY_SIZE);
  para(text.salutation);
  for (const block of text.body) {
    doc.moveDown(0.6);
    if (typeof block === 'string') para(block, { lineGap: 2 });
    else doc.list([...block], { width: width - 16, structParent: root, bulletRadius: 2, bulletIndent: 8, textIndent: 16, lineGap: 2 });
  }

  doc.moveDown(1.5);
  const [closing, ...signature] = text.signOff;
  para(closing);
  doc.moveDown(2);
  for (const line of signature) para(line);

  root.end();
  doc.end();
  return done;
}
