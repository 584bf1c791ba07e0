import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { CodeName, ReferenceDataView, ReferralView } from '@camhs/contracts';
import { formatDate } from '../date-format';
import { formatNhsNumber } from '../nhs-number-format';
import { URGENCY_LABELS } from '../referral-labels';
import { describeAge } from './age';
import { RAG_LABELS, STAGE_LABELS, UNRATED, clockFlagText } from './referral-detail-labels';
import { describeAppointment, nextAppointment, waitingFor } from './waiting-for';

function nameOf(list: readonly CodeName[] | undefined, code: string): string {
  return list?.find((item) => item.code === code)?.name ?? code;
}

/**
 * The top of a referral: who the child is, where they are on the pathway, their RAG rating (in
 * words; the colour only repeats it), what they are waiting for and when they are next seen. Clock
 * flags (approaching or breached targets) come first, where they cannot be missed.
 */
@Component({
  selector: 'camhs-referral-banner',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span class="nhsuk-caption-l">Referral</span>
    <h1 class="nhsuk-heading-l" id="referral-heading">{{ name() }}</h1>

    @if (flags().length > 0) {
      <div class="nhsuk-warning-callout" id="clock-flags">
        <h2 class="nhsuk-warning-callout__label"><span class="nhsuk-u-visually-hidden">Important: </span>Waiting time warnings</h2>
        <ul class="nhsuk-list nhsuk-list--bullet">
          @for (flag of flags(); track $index) {
            <li [class.app-breached]="flag.breached">
              @if (flag.breached) {
                <strong class="nhsuk-tag nhsuk-tag--red">Breached</strong>
              } @else {
                <strong class="nhsuk-tag nhsuk-tag--yellow">Approaching</strong>
              }
              {{ flag.text }}
            </li>
          }
        </ul>
      </div>
    }

    <dl class="nhsuk-summary-list" id="referral-summary">
      <div class="nhsuk-summary-list__row">
        <dt class="nhsuk-summary-list__key">Age</dt>
        <dd class="nhsuk-summary-list__value">{{ age() }} (born {{ dateOfBirth() }})</dd>
      </div>
      <div class="nhsuk-summary-list__row">
        <dt class="nhsuk-summary-list__key">NHS number</dt>
        <dd class="nhsuk-summary-list__value">{{ nhsNumber() }}</dd>
      </div>
      <div class="nhsuk-summary-list__row">
        <dt class="nhsuk-summary-list__key">Area</dt>
        <dd class="nhsuk-summary-list__value">{{ area() }}</dd>
      </div>
      <div class="nhsuk-summary-list__row">
        <dt class="nhsuk-summary-list__key">Team</dt>
        <dd class="nhsuk-summary-list__value">{{ team() }}</dd>
      </div>
      <div class="nhsuk-summary-list__row">
        <dt class="nhsuk-summary-list__key">Urgency</dt>
        <dd class="nhsuk-summary-list__value">{{ urgency() }}, received {{ received() }}</dd>
      </div>
      <div class="nhsuk-summary-list__row">
        <dt class="nhsuk-summary-list__key">Stage</dt>
        <dd class="nhsuk-summary-list__value" id="referral-stage">{{ stage() }}</dd>
      </div>
      <div class="nhsuk-summary-list__row">
        <dt class="nhsuk-summary-list__key">RAG rating</dt>
        <dd class="nhsuk-summary-list__value" id="referral-rag">
          <strong class="nhsuk-tag" [class]="rag().tagClass">{{ rag().text }}</strong>
          @if (ragSetOn(); as setOn) {
            <span> since {{ setOn }}</span>
          }
        </dd>
      </div>
      <div class="nhsuk-summary-list__row">
        <dt class="nhsuk-summary-list__key">Lead professional</dt>
        <dd class="nhsuk-summary-list__value">
          @if (referral().leadProfessional; as lead) {
            {{ lead }}
          } @else if (referral().rag === 'RED') {
            <strong class="nhsuk-tag nhsuk-tag--red">None</strong> A RED-rated child needs a named lead professional.
          } @else {
            None (held by the duty team)
          }
        </dd>
      </div>
      <div class="nhsuk-summary-list__row">
        <dt class="nhsuk-summary-list__key">Waiting for</dt>
        <dd class="nhsuk-summary-list__value" id="referral-waiting-for">
          <ul class="nhsuk-list">
            @for (line of waitingFor(); track $index) {
              <li>{{ line }}</li>
            }
          </ul>
        </dd>
      </div>
      <div class="nhsuk-summary-list__row">
        <dt class="nhsuk-summary-list__key">Next appointment</dt>
        <dd class="nhsuk-summary-list__value" id="referral-next-appointment">{{ next() }}</dd>
      </div>
    </dl>
  `,
  styles: `
    .app-breached { font-weight: bold; }
  `,
})
export class ReferralBannerComponent {
  readonly referral = input.required<ReferralView>();
  readonly referenceData = input<ReferenceDataView | null>(null);
  /** Today in Europe/London, for ages and weeks waited. */
  readonly today = input.required<string>();

  readonly name = computed(() => `${this.referral().givenName} ${this.referral().familyName}`);
  readonly age = computed(() => describeAge(this.referral().dateOfBirth, this.today()));
  readonly dateOfBirth = computed(() => formatDate(this.referral().dateOfBirth));
  readonly nhsNumber = computed(() => (this.referral().nhsNumber ? formatNhsNumber(this.referral().nhsNumber) : 'Not known'));
  readonly area = computed(() => nameOf(this.referenceData()?.areas, this.referral().area));
  readonly team = computed(() => nameOf(this.referenceData()?.teams, this.referral().team));
  readonly urgency = computed(() => URGENCY_LABELS[this.referral().urgency]);
  readonly received = computed(() => formatDate(this.referral().receivedOn));
  readonly stage = computed(() => STAGE_LABELS[this.referral().stage]);
  readonly rag = computed(() => {
    const rating = this.referral().rag;
    return rating ? RAG_LABELS[rating] : UNRATED;
  });
  readonly ragSetOn = computed(() => formatDate(this.referral().ragSetOn));
  readonly waitingFor = computed(() => waitingFor(this.referral(), this.today()));
  readonly next = computed(() => {
    const appointment = nextAppointment(this.referral(), this.today());
    return appointment ? describeAppointment(appointment, this.referral()) : 'None booked';
  });
  readonly flags = computed(() =>
    this.referral().flags.map((flag) => ({ breached: flag.state === 'breached', text: clockFlagText(flag, this.referral().waits) })),
  );
}
