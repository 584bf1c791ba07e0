import { PanelSummary } from '@camhs/contracts';
import { SelectOption } from '../../shared/select-field.component';

/**
 * The panel pickers' options for the report and the follow-up lists: each panel by name and team
 * (a manager may read the reports of several teams' panels), active ones first. Which panel is shown
 * is the section's rule (`chosenPanel`, board/case-board-rules.ts).
 */
export function panelOptions(panels: readonly PanelSummary[]): SelectOption[] {
  const ordered = [...panels.filter((p) => p.active), ...panels.filter((p) => !p.active)];
  return ordered.map((p) => ({ value: p.id, text: `${p.name} (${p.teamName})${p.active ? '' : ', no longer meeting'}` }));
}

/** The panel's name for headings, or null while the list is not read. */
export function panelName(panels: readonly PanelSummary[], id: string | null): string | null {
  return panels.find((p) => p.id === id)?.name ?? null;
}
