import { ActivatedRoute } from '@angular/router';
import { PanelSummary } from '@camhs/contracts';
import { Observable, catchError, combineLatest, map, of, startWith, switchMap } from 'rxjs';
import { chosenPanel } from './board/case-board-rules';
import { PanelsApi } from './panels-api.service';

export interface PanelChoice {
  panels: PanelSummary[];
  /** The panel in the address when it is one of the user's, else their first; null when they have none. */
  panelId: string | null;
}

/**
 * The user's panels, read again on each `refresh$`, and the one a page shows (`?panel=`). A failed
 * read is handed to `failed` and counts as no panels.
 */
export function panelChoice(api: PanelsApi, route: ActivatedRoute, refresh$: Observable<void>, failed: (error: unknown) => void): Observable<PanelChoice> {
  const panels$ = refresh$.pipe(
    startWith(undefined),
    switchMap(() =>
      api.panels().pipe(
        catchError((error: unknown) => {
          failed(error);
          return of<PanelSummary[]>([]);
        }),
      ),
    ),
  );
  return combineLatest([panels$, route.queryParamMap]).pipe(map(([panels, params]) => ({ panels, panelId: chosenPanel(params.get('panel'), panels) })));
}
