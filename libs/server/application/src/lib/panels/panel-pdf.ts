import PDFDocument from 'pdfkit';

export const MARGIN = 50;
export const GREY = '#4c6272';
export const BLACK = '#212b32';

export interface PanelPdf {
  doc: PDFKit.PDFDocument;
  /** The finished file, once `finish` has been called. */
  finish(): Promise<Buffer>;
  heading(text: string, size?: number): void;
  /** A label and its value on one line (the value right-aligned). */
  line(label: string, value: string): void;
  /** A paragraph in the body font, grey when `quiet`. */
  para(text: string, options?: { quiet?: boolean; bold?: boolean }): void;
}

/**
 * An A4 document in the standard fonts (nothing read from the machine), with the document dates
 * fixed by the caller so the same records give the same bytes, and page numbers added at the end.
 */
export function panelPdf(title: string, createdAt: Date, options: { compress?: boolean } = {}): PanelPdf {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    compress: options.compress ?? true,
    bufferPages: true,
    lang: 'en-GB',
    displayTitle: true,
    info: { Title: title, Author: 'CAMHS Waiting List Tracker', Creator: 'CAMHS Waiting List Tracker', CreationDate: createdAt, ModDate: createdAt },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = () => doc.page.width - 2 * MARGIN;
  const ensureRoom = (height: number) => {
    if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
  };
  return {
    doc,
    heading(text, size = 13) {
      ensureRoom(60);
      doc.moveDown(0.8).font('Helvetica-Bold').fontSize(size).fillColor(BLACK).text(text, MARGIN, doc.y, { width: width() });
      doc.moveDown(0.3);
    },
    line(label, value) {
      const valueWidth = 150;
      const labelWidth = width() - valueWidth - 10;
      doc.font('Helvetica').fontSize(10);
      ensureRoom(Math.max(doc.heightOfString(label, { width: labelWidth }), doc.heightOfString(value, { width: valueWidth })) + 2);
      const y = doc.y;
      doc.fillColor(BLACK).text(label, MARGIN, y, { width: labelWidth });
      const after = doc.y;
      doc.text(value, MARGIN + labelWidth + 10, y, { width: valueWidth, align: 'right' });
      doc.y = Math.max(after, doc.y) + 2;
      doc.x = MARGIN;
    },
    para(text, o = {}) {
      doc.font(o.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(o.quiet ? 9 : 10);
      ensureRoom(doc.heightOfString(text, { width: width() }) + 4);
      doc.fillColor(o.quiet ? GREY : BLACK).text(text, MARGIN, doc.y, { width: width() });
      doc.moveDown(0.3);
    },
    finish() {
      const { start, count } = doc.bufferedPageRange();
      for (let i = start; i < start + count; i++) {
        doc.switchToPage(i);
        const bottom = doc.page.margins.bottom;
        doc.page.margins.bottom = 0;
        doc.font('Helvetica').fontSize(8).fillColor(GREY).text(`Page ${i + 1} of ${count}`, MARGIN, doc.page.height - MARGIN / 2 - 4, { width: width(), align: 'center' });
        doc.page.margins.bottom = bottom;
      }
      doc.end();
      return done;
    },
  };
}
