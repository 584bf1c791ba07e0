import { PANELS_NAV_LINKS, activeNavPath, panelsNavFor } from './panels-nav-links';

const texts = (roles: Parameters<typeof panelsNavFor>[0]) => panelsNavFor(roles).map((l) => l.text);

describe('the Panels section’s sub-navigation', () => {
  it('gives a coordinator every page', () => {
    expect(texts(['panel-coordinator'])).toEqual(['Cases', 'Sittings', 'Catalogue', 'Reviews', 'Report']);
  });

  it('gives a manager the report, and an administrator the catalogue', () => {
    expect(texts(['manager'])).toEqual(['Report']);
    expect(texts(['admin'])).toEqual(['Catalogue']);
    expect(texts(['manager', 'admin'])).toEqual(['Catalogue', 'Report']);
  });

  it('gives the clinical roles nothing', () => {
    expect(texts(['duty-clinician', 'lead-professional'])).toEqual([]);
  });
});

describe('the page the sub-navigation marks as current', () => {
  it('is the longest path the address starts with, ignoring the query and fragment', () => {
    expect(activeNavPath('/panels', PANELS_NAV_LINKS)).toBe('/panels');
    expect(activeNavPath('/panels?panel=p-1', PANELS_NAV_LINKS)).toBe('/panels');
    expect(activeNavPath('/panels/catalogue?year=2026-27#entries', PANELS_NAV_LINKS)).toBe('/panels/catalogue');
    expect(activeNavPath('/panels/sittings/5b1c', PANELS_NAV_LINKS)).toBe('/panels/sittings');
    expect(activeNavPath('/panels/report/', PANELS_NAV_LINKS)).toBe('/panels/report');
  });

  it('is none outside the section, or for a look-alike path', () => {
    expect(activeNavPath('/duty', PANELS_NAV_LINKS)).toBeNull();
    expect(activeNavPath('/panelsx', PANELS_NAV_LINKS)).toBeNull();
  });
});
