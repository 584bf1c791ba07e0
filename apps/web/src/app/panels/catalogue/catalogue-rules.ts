import {
  CatalogueEntryView,
  CreateCatalogueEntryRequest,
  CreateInterventionTypeRequest,
  INTERVENTION_UNITS,
  InterventionTypeView,
  InterventionUnit,
  PanelSettingsView,
  UpdateCatalogueEntryRequest,
  UpdateInterventionTypeRequest,
  UpdatePanelSettingsRequest,
} from '@camhs/contracts';
import { CalendarDate, financialYearOf, nextTermlyReview } from '@camhs/domain';
import { MessageList, Messages } from '../../referrals/detail/form-messages';
import { NAME_MAX, NOTE_MAX } from '../board/case-form-rules';
import { parsePounds, poundsInput } from '../money-input';

/**
 * The intervention catalogue's forms (administrators and coordinators): entries (a type from a
 * provider, its prices and block contract), types, providers and the cost-avoidance settings.
 * Money is typed in pounds and sent in whole pence; each edit sends the version it loaded (409 when
 * someone changed it meanwhile). API field names map back to the form's (`unitCostPence` → `unitCost`).
 */

/** Yes or no, as a form holds a checkbox-free choice. */
export type YesNo = 'yes' | 'no';

const MAX_BLOCK_UNITS = 1_000_000;

// ─── Entries ────────────────────────────────────────────────────────────────────────────────────

export const ENTRY_FIELDS = ['typeId', 'providerId', 'unit', 'unitCost', 'spotPrice', 'blockUnitsPerYear', 'note', 'active'] as const;
export type EntryField = (typeof ENTRY_FIELDS)[number];
export type EntryFormValue = Record<EntryField, string>;
export const ENTRY_API_FIELDS: Readonly<Record<string, EntryField>> = {
  typeId: 'typeId',
  providerId: 'providerId',
  unit: 'unit',
  unitCostPence: 'unitCost',
  spotPricePence: 'spotPrice',
  blockUnitsPerYear: 'blockUnitsPerYear',
  note: 'note',
  active: 'active',
};

export function newEntryValue(): EntryFormValue {
  return { typeId: '', providerId: '', unit: '', unitCost: '', spotPrice: '', blockUnitsPerYear: '', note: '', active: 'yes' };
}

/** An entry as its edit form starts. */
export function entryFormValue(e: CatalogueEntryView): EntryFormValue {
  return {
    typeId: e.type.id,
    providerId: e.provider.id,
    unit: e.unit,
    unitCost: poundsInput(e.unitCostPence),
    spotPrice: poundsInput(e.spotPricePence),
    blockUnitsPerYear: String(e.blockUnitsPerYear),
    note: e.note ?? '',
    active: e.active ? 'yes' : 'no',
  };
}

function isUnit(value: string): value is InterventionUnit {
  return (INTERVENTION_UNITS as readonly string[]).includes(value);
}

/** `creating`: the type, provider and unit are chosen once, when the entry is added. */
export function validateEntry(value: EntryFormValue, creating: boolean): Messages<EntryField> {
  const m = new MessageList<EntryField>();
  if (creating) {
    if (!value.typeId) m.add('typeId', 'Choose the intervention type');
    if (!value.providerId) m.add('providerId', 'Choose the provider');
    if (!isUnit(value.unit)) m.add('unit', 'Select whether it is counted in hours or places');
  }
  const unitCost = parsePounds(value.unitCost);
  if (!value.unitCost.trim()) m.add('unitCost', 'Enter the price of a block-contracted unit, for example 45.00');
  else if (unitCost === null || unitCost === 0) m.add('unitCost', 'The block price must be an amount of money above £0, for example 45.00');
  if (value.spotPrice.trim()) {
    const spot = parsePounds(value.spotPrice);
    if (spot === null || spot === 0) m.add('spotPrice', 'The spot price must be an amount of money above £0, for example 60.00, or left blank when none is offered');
  }
  const block = value.blockUnitsPerYear.trim();
  if (!block) m.add('blockUnitsPerYear', 'Enter the units block-contracted a year (0 when everything is spot purchased)');
  else if (!/^\d+$/.test(block) || Number(block) > MAX_BLOCK_UNITS) m.add('blockUnitsPerYear', `Block units a year must be a whole number from 0 to ${MAX_BLOCK_UNITS.toLocaleString('en-GB')}`);
  m.atMost('note', value.note, 'The note', NOTE_MAX);
  return m.messages;
}

function terms(value: EntryFormValue): Pick<CreateCatalogueEntryRequest, 'unitCostPence' | 'spotPricePence' | 'blockUnitsPerYear' | 'note'> {
  return {
    unitCostPence: parsePounds(value.unitCost) ?? 0,
    spotPricePence: value.spotPrice.trim() ? parsePounds(value.spotPrice) : null,
    blockUnitsPerYear: Number(value.blockUnitsPerYear.trim()),
    note: value.note.trim() || null,
  };
}

export function toCreateEntryRequest(value: EntryFormValue): CreateCatalogueEntryRequest {
  return { typeId: value.typeId, providerId: value.providerId, unit: value.unit as InterventionUnit, ...terms(value) };
}

export function toUpdateEntryRequest(value: EntryFormValue, version: number): UpdateCatalogueEntryRequest {
  return { version, ...terms(value), active: value.active === 'yes' };
}

// ─── Intervention types ─────────────────────────────────────────────────────────────────────────

export const TYPE_FIELDS = ['code', 'name', 'description', 'active'] as const;
export type TypeField = (typeof TYPE_FIELDS)[number];
export type TypeFormValue = Record<TypeField, string>;
export const TYPE_API_FIELDS: Readonly<Record<string, TypeField>> = { code: 'code', name: 'name', description: 'description', active: 'active' };

export function typeFormValue(t: InterventionTypeView | null): TypeFormValue {
  return t ? { code: t.code, name: t.name, description: t.description ?? '', active: t.active ? 'yes' : 'no' } : { code: '', name: '', description: '', active: 'yes' };
}

const CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function validateType(value: TypeFormValue, creating: boolean): Messages<TypeField> {
  const m = new MessageList<TypeField>();
  if (creating) {
    if (!value.code.trim()) m.add('code', 'Enter a code, for example specialist-counselling');
    else if (!CODE.test(value.code.trim())) m.add('code', 'The code must be lower-case letters and digits, words joined by dashes, for example specialist-counselling');
    else m.atMost('code', value.code.trim(), 'The code', 60);
  }
  m.note('name', value.name, 'Enter the intervention’s name', 'The name', NAME_MAX);
  m.atMost('description', value.description, 'The description', NOTE_MAX);
  return m.messages;
}

export function toCreateTypeRequest(value: TypeFormValue): CreateInterventionTypeRequest {
  return { code: value.code.trim(), name: value.name.trim(), description: value.description.trim() || null };
}

export function toUpdateTypeRequest(value: TypeFormValue, version: number): UpdateInterventionTypeRequest {
  return { version, name: value.name.trim(), description: value.description.trim() || null, active: value.active === 'yes' };
}

// ─── Providers ──────────────────────────────────────────────────────────────────────────────────

export const PROVIDER_FIELDS = ['providerName', 'active'] as const;
export type ProviderField = (typeof PROVIDER_FIELDS)[number];
export type ProviderFormValue = Record<ProviderField, string>;
export const PROVIDER_API_FIELDS: Readonly<Record<string, ProviderField>> = { name: 'providerName', active: 'active' };

export function validateProvider(value: ProviderFormValue): Messages<ProviderField> {
  const m = new MessageList<ProviderField>();
  m.note('providerName', value.providerName, 'Enter the provider’s name', 'The name', NAME_MAX);
  return m.messages;
}

// ─── Cost-avoidance settings and term ends ──────────────────────────────────────────────────────

export const SETTINGS_FIELDS = ['hourlyCost', 'weeksPerYear', 'schoolsFundFirst', 'termEnds'] as const;
export type SettingsField = (typeof SETTINGS_FIELDS)[number];
export type SettingsFormValue = Record<SettingsField, string>;
export const SETTINGS_API_FIELDS: Readonly<Record<string, SettingsField>> = {
  hourlyCostPence: 'hourlyCost',
  weeksPerYear: 'weeksPerYear',
  schoolsFundFirstPence: 'schoolsFundFirst',
  termEnds: 'termEnds',
};

export function settingsFormValue(s: PanelSettingsView): SettingsFormValue {
  return { hourlyCost: poundsInput(s.hourlyCostPence), weeksPerYear: String(s.weeksPerYear), schoolsFundFirst: poundsInput(s.schoolsFundFirstPence), termEnds: s.termEnds.join(', ') };
}

/** `03-31, 07-21 12-19` → the term ends as the API takes them. */
export function termEndList(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((t) => t.trim())
    .filter((t) => t !== '');
}

export function validateSettings(value: SettingsFormValue): Messages<SettingsField> {
  const m = new MessageList<SettingsField>();
  const hourly = parsePounds(value.hourlyCost);
  if (hourly === null || hourly === 0) m.add('hourlyCost', 'Enter the hourly cost of support as an amount of money above £0, for example 11.26');
  const weeks = value.weeksPerYear.trim();
  if (!/^\d+$/.test(weeks) || Number(weeks) < 1 || Number(weeks) > 52) m.add('weeksPerYear', 'School weeks a year must be a whole number from 1 to 52');
  if (parsePounds(value.schoolsFundFirst) === null) m.add('schoolsFundFirst', 'Enter what schools fund first as an amount of money, for example 6,000.00 (0 when nothing)');
  const ends = termEndList(value.termEnds);
  try {
    nextTermlyReview('2026-01-01', ends); // the domain's own check of the term ends, as the API makes it
    if (ends.length > 12) m.add('termEnds', 'Enter at most 12 term ends');
  } catch {
    m.add('termEnds', 'Enter the last day of each term written MM-DD, separated by commas, for example 03-31, 07-21, 12-19');
  }
  return m.messages;
}

export function toSettingsRequest(value: SettingsFormValue, version: number): UpdatePanelSettingsRequest {
  return {
    version,
    hourlyCostPence: parsePounds(value.hourlyCost) ?? 0,
    weeksPerYear: Number(value.weeksPerYear.trim()),
    schoolsFundFirstPence: parsePounds(value.schoolsFundFirst) ?? 0,
    termEnds: termEndList(value.termEnds),
  };
}

// ─── The financial year whose use the page shows ────────────────────────────────────────────────

/** The current financial year, the two before it and the next: the years a coordinator looks back on or plans. */
export function financialYearOptions(today: CalendarDate): string[] {
  const start = Number(financialYearOf(today).slice(0, 4));
  return [start + 1, start, start - 1, start - 2].map((y) => `${y}-${String((y + 1) % 100).padStart(2, '0')}`);
}
