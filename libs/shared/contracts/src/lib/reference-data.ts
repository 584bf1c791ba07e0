export interface CodeName {
  code: string;
  name: string;
}

/** GET /api/reference-data — configured areas and teams, for pickers. */
export interface ReferenceDataView {
  areas: CodeName[];
  teams: CodeName[];
}
