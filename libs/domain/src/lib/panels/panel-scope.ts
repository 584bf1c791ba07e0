/**
 * Which panels a caller works with. A panel belongs to a team of the council's service (the
 * `inclusion-panel` team): its coordinators see its cases; a manager may read the report of a
 * panel whose team covers one of the manager's areas. Panel records never open CAMHS records, and
 * CAMHS scope never opens panel cases.
 */
export interface PanelOwnership {
  teamId: string;
  /** Areas the panel's team covers. */
  areaIds: readonly string[];
}

export function coordinatesPanel(callerTeamIds: readonly string[], panel: PanelOwnership): boolean {
  return callerTeamIds.includes(panel.teamId);
}

export function mayReadPanelReport(caller: { teamIds: readonly string[]; areaIds: readonly string[] }, panel: PanelOwnership): boolean {
  return coordinatesPanel(caller.teamIds, panel) || panel.areaIds.some((a) => caller.areaIds.includes(a));
}
