import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Data } from '@angular/router';

/** An honest placeholder for parts of the service that do not exist yet (and for unknown addresses). */
@Component({
  selector: 'camhs-placeholder-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ heading() }}</h1>
    @if (notFound()) {
      <p>If you typed the web address, check it is correct. If you pasted the web address, check you copied the entire address.</p>
    } @else {
      <p>This part of the service has not been built yet.</p>
    }
  `,
})
export class PlaceholderPage {
  private readonly data = toSignal(inject(ActivatedRoute).data, { initialValue: {} as Data });
  readonly heading = computed(() => String(this.data()['heading'] ?? ''));
  readonly notFound = computed(() => this.data()['notFound'] === true);
}
