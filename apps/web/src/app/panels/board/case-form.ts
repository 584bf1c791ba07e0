import { Directive, input } from '@angular/core';
import { PanelCaseSummary } from '@camhs/contracts';
import { PanelForm } from '../panel-form';

/**
 * A form opened from a case on the board (see PanelForm): a 409 goes to the page (the case or the
 * sitting changed, or the API refused the move: the board is read again and the reason shown);
 * success goes to the page as the sentence it announces.
 */
@Directive()
export abstract class CaseForm<F extends string> extends PanelForm<F> {
  readonly panelCase = input.required<PanelCaseSummary>();
}
