import { renderLetterPdf } from './letter-pdf';
import type { LetterText } from './letter-text';

const text: LetterText = {
  title: 'Referral received',
  letterhead: ['Test CAMHS', '2 Nowhere Lane', 'Telephone: 0116 496 0999'],
  reference: 'Our reference: L-3F2B8C1E',
  date: '3 November 2026',
  addressee: 'The referring school',
  subject: 'Re: Orlaith Fennimore-Quaile, born 9 June 2013, NHS number 943 476 5919',
  salutation: 'Dear colleague,',
  body: ['First paragraph.', ['Item one.', 'Item two.'], 'Last paragraph.'],
  signOff: ['Yours sincerely', 'Generic outpatient team', 'Test CAMHS'],
};
const meta = { title: 'Referral received (L-3F2B8C1E)', author: 'Test CAMHS', createdAt: new Date('2026-11-03T09:30:00Z') };

describe('renderLetterPdf', () => {
  it('gives a tagged PDF whose document dates are the letter’s created time', async () => {
    const pdf = await renderLetterPdf(text, meta);
    const raw = pdf.toString('latin1');
    expect(raw.startsWith('%PDF-1.7')).toBe(true);
    expect(raw.trimEnd().endsWith('%%EOF')).toBe(true);
    // 09:30Z on 3 Nov 2026, as a PDF date (D:YYYYMMDDHHmmSSZ, creation and modification) and in the XMP metadata.
    expect(raw.match(/\(D:20261103093000Z\)/g)).toHaveLength(2);
    expect(raw).toContain('<xmp:CreateDate>2026-11-03T09:30:00Z</xmp:CreateDate>');
    expect(raw).toContain('/MarkInfo');
    expect(raw).toContain('/Lang (en-GB)');
  });

  it('renders the same letter to the same bytes every time', async () => {
    const [a, b] = [await renderLetterPdf(text, meta), await renderLetterPdf(text, meta)];
    expect(a.equals(b)).toBe(true);
    const later = await renderLetterPdf(text, { ...meta, createdAt: new Date('2026-11-04T09:30:00Z') });
    expect(later.equals(a)).toBe(false);
  });
});
