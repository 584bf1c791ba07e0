import { CatalogueEntryView, PanelSettingsView } from '@camhs/contracts';
import {
  ENTRY_API_FIELDS,
  EntryFormValue,
  entryFormValue,
  financialYearOptions,
  newEntryValue,
  settingsFormValue,
  termEndList,
  toCreateEntryRequest,
  toCreateTypeRequest,
  toSettingsRequest,
  toUpdateEntryRequest,
  toUpdateTypeRequest,
  typeFormValue,
  validateEntry,
  validateProvider,
  validateSettings,
  validateType,
} from './catalogue-rules';

const counselling: CatalogueEntryView = {
  id: 'e-1',
  type: { id: 't-1', code: 'specialist-counselling', name: 'Specialist counselling' },
  provider: { id: 'p-1', name: 'Specialist counselling framework (provider to be named)' },
  unit: 'hours',
  unitCostPence: 4500,
  spotPricePence: 6000,
  blockUnitsPerYear: 300,
  note: 'Illustrative: 300 hours a year at £45, spot at £60.',
  active: true,
  version: 2,
  usage: { financialYear: '2026-27', blockUsed: 6, blockRemaining: 294, spotUnits: 0, spotCostPence: 0 },
};

const entry = (overrides: Partial<EntryFormValue> = {}): EntryFormValue => ({
  typeId: 't-1',
  providerId: 'p-9',
  unit: 'hours',
  unitCost: '45.00',
  spotPrice: '60',
  blockUnitsPerYear: '300',
  note: '',
  active: 'yes',
  ...overrides,
});

describe('a catalogue entry', () => {
  it('starts its edit form from the entry, prices in pounds', () => {
    expect(entryFormValue(counselling)).toEqual({
      typeId: 't-1',
      providerId: 'p-1',
      unit: 'hours',
      unitCost: '45.00',
      spotPrice: '60.00',
      blockUnitsPerYear: '300',
      note: 'Illustrative: 300 hours a year at £45, spot at £60.',
      active: 'yes',
    });
    expect(entryFormValue({ ...counselling, spotPricePence: null, note: null, active: false })).toMatchObject({ spotPrice: '', note: '', active: 'no' });
  });

  it('wants the type, provider and unit when added, and a block price above £0', () => {
    expect(validateEntry(entry(), true)).toEqual({});
    expect(validateEntry(newEntryValue(), true)).toEqual({
      typeId: ['Choose the intervention type'],
      providerId: ['Choose the provider'],
      unit: ['Select whether it is counted in hours or places'],
      unitCost: ['Enter the price of a block-contracted unit, for example 45.00'],
      blockUnitsPerYear: ['Enter the units block-contracted a year (0 when everything is spot purchased)'],
    });
    // An edit keeps the type, provider and unit: only the terms are checked.
    expect(validateEntry(entry({ typeId: '', providerId: '', unit: '' }), false)).toEqual({});
  });

  it('takes a blank spot price as none offered, and refuses prices that are not money or are £0', () => {
    expect(validateEntry(entry({ spotPrice: ' ' }), false)).toEqual({});
    expect(validateEntry(entry({ unitCost: '0', spotPrice: 'sixty' }), false)).toEqual({
      unitCost: ['The block price must be an amount of money above £0, for example 45.00'],
      spotPrice: ['The spot price must be an amount of money above £0, for example 60.00, or left blank when none is offered'],
    });
  });

  it('takes block units as a whole number from 0 (spot purchase only)', () => {
    expect(validateEntry(entry({ blockUnitsPerYear: '0' }), false)).toEqual({});
    expect(validateEntry(entry({ blockUnitsPerYear: '12.5' }), false)).toEqual({ blockUnitsPerYear: ['Block units a year must be a whole number from 0 to 1,000,000'] });
    expect(validateEntry(entry({ blockUnitsPerYear: '1000001' }), false)).toEqual({ blockUnitsPerYear: ['Block units a year must be a whole number from 0 to 1,000,000'] });
  });

  it('sends prices in whole pence: £45.00 is 4500, no spot price is null', () => {
    expect(toCreateEntryRequest(entry({ unitCost: '£45', spotPrice: '', note: ' From the contract register ' }))).toEqual({
      typeId: 't-1',
      providerId: 'p-9',
      unit: 'hours',
      unitCostPence: 4500,
      spotPricePence: null,
      blockUnitsPerYear: 300,
      note: 'From the contract register',
    });
    expect(toUpdateEntryRequest(entry({ unitCost: '50', spotPrice: '65.00', blockUnitsPerYear: '12', active: 'no' }), 2)).toEqual({
      version: 2,
      unitCostPence: 5000,
      spotPricePence: 6500,
      blockUnitsPerYear: 12,
      note: null,
      active: false,
    });
  });

  it('puts the API’s field names on the form’s fields', () => {
    expect([ENTRY_API_FIELDS['unitCostPence'], ENTRY_API_FIELDS['spotPricePence'], ENTRY_API_FIELDS['blockUnitsPerYear']]).toEqual(['unitCost', 'spotPrice', 'blockUnitsPerYear']);
  });
});

describe('an intervention type', () => {
  it('wants a code of lower-case words joined by dashes when added, and a name', () => {
    expect(validateType({ code: 'art-therapy', name: 'Art therapy', description: '', active: 'yes' }, true)).toEqual({});
    expect(validateType({ code: 'Art Therapy', name: ' ', description: '', active: 'yes' }, true)).toEqual({
      code: ['The code must be lower-case letters and digits, words joined by dashes, for example specialist-counselling'],
      name: ['Enter the intervention’s name'],
    });
    expect(validateType({ code: '', name: 'Art therapy', description: '', active: 'yes' }, true)).toEqual({ code: ['Enter a code, for example specialist-counselling'] });
    expect(validateType({ code: 'a'.repeat(61), name: 'Art therapy', description: '', active: 'yes' }, true)).toEqual({ code: ['The code must be 60 characters or fewer'] });
    expect(validateType({ code: '', name: 'Art therapy', description: '', active: 'no' }, false)).toEqual({});
  });

  it('sends the trimmed name and description, a blank description as null', () => {
    expect(toCreateTypeRequest({ code: ' art-therapy ', name: ' Art therapy ', description: ' ', active: 'yes' })).toEqual({ code: 'art-therapy', name: 'Art therapy', description: null });
    expect(toUpdateTypeRequest({ ...typeFormValue({ id: 't', code: 'art-therapy', name: 'Art therapy', description: 'Group art therapy', active: true, version: 3 }), active: 'no' }, 3)).toEqual({
      version: 3,
      name: 'Art therapy',
      description: 'Group art therapy',
      active: false,
    });
  });
});

describe('a provider', () => {
  it('wants a name', () => {
    expect(validateProvider({ providerName: 'Kindred Counselling', active: 'yes' })).toEqual({});
    expect(validateProvider({ providerName: '', active: 'yes' })).toEqual({ providerName: ['Enter the provider’s name'] });
  });
});

describe('the cost-avoidance settings', () => {
  const settings: PanelSettingsView = { hourlyCostPence: 1126, weeksPerYear: 38, schoolsFundFirstPence: 600_000, termEnds: ['03-31', '07-21', '12-19'], method: 'm', version: 4 };

  it('start from the settings in pounds, the term ends listed', () => {
    expect(settingsFormValue(settings)).toEqual({ hourlyCost: '11.26', weeksPerYear: '38', schoolsFundFirst: '6000.00', termEnds: '03-31, 07-21, 12-19' });
  });

  it('want money, whole school weeks from 1 to 52 and real term ends', () => {
    expect(validateSettings(settingsFormValue(settings))).toEqual({});
    expect(validateSettings({ hourlyCost: '0', weeksPerYear: '53', schoolsFundFirst: '-1', termEnds: '02-30' })).toEqual({
      hourlyCost: ['Enter the hourly cost of support as an amount of money above £0, for example 11.26'],
      weeksPerYear: ['School weeks a year must be a whole number from 1 to 52'],
      schoolsFundFirst: ['Enter what schools fund first as an amount of money, for example 6,000.00 (0 when nothing)'],
      termEnds: ['Enter the last day of each term written MM-DD, separated by commas, for example 03-31, 07-21, 12-19'],
    });
    expect(validateSettings({ ...settingsFormValue(settings), termEnds: ' ' }).termEnds).toHaveLength(1);
  });

  it('send pence and the term ends as a list', () => {
    expect(termEndList('03-31, 07-21 12-19,')).toEqual(['03-31', '07-21', '12-19']);
    expect(toSettingsRequest({ hourlyCost: '11.26', weeksPerYear: '38', schoolsFundFirst: '6,000', termEnds: '03-31,07-21' }, 4)).toEqual({
      version: 4,
      hourlyCostPence: 1126,
      weeksPerYear: 38,
      schoolsFundFirstPence: 600_000,
      termEnds: ['03-31', '07-21'],
    });
  });
});

describe('the financial years offered', () => {
  it('are next year, this year and the two before, this year starting on 1 April', () => {
    expect(financialYearOptions('2026-11-22')).toEqual(['2027-28', '2026-27', '2025-26', '2024-25']);
    expect(financialYearOptions('2027-03-31')).toEqual(['2027-28', '2026-27', '2025-26', '2024-25']);
    expect(financialYearOptions('2027-04-01')).toEqual(['2028-29', '2027-28', '2026-27', '2025-26']);
    expect(financialYearOptions('2099-06-01')).toEqual(['2100-01', '2099-00', '2098-99', '2097-98']);
  });
});
