import { panelName, panelOptions } from './panel-choice';
import { testPanelSummary } from './panel-report.testing';

const primary = testPanelSummary('p-1', 'Primary Phase Panel');
const send = testPanelSummary('p-2', 'SEND Panel');
const old = testPanelSummary('p-0', 'Old Panel', false);

describe('choosing a panel', () => {
  it('offers active panels first with their team, and says which no longer meet', () => {
    expect(panelOptions([old, primary, send])).toEqual([
      { value: 'p-1', text: 'Primary Phase Panel (Inclusion panel)' },
      { value: 'p-2', text: 'SEND Panel (Inclusion panel)' },
      { value: 'p-0', text: 'Old Panel (Inclusion panel), no longer meeting' },
    ]);
    expect(panelOptions([])).toEqual([]);
  });

  it('names the panel shown, or nothing before the list is read', () => {
    expect(panelName([primary, send], 'p-2')).toBe('SEND Panel');
    expect(panelName([], 'p-2')).toBeNull();
    expect(panelName([primary], null)).toBeNull();
  });
});
