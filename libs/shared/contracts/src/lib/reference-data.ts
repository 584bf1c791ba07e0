export interface CodeName {
  code: string;
  name: string;
}

/** GET /api/reference-data — configured areas, teams and waiting lists, for pickers. */
export interface ReferenceDataView {
  areas: CodeName[];
  teams: CodeName[];
  /** Waiting list names, for accepting a child onto lists at assessment. */
  waitingLists: string[];
}
