import { ChangeDetectionStrategy, Component } from '@angular/core';

/** NHS footer (nhsuk-frontend v10 markup). No external links until the service has pages for them. */
@Component({
  selector: 'camhs-footer',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <footer class="nhsuk-footer" role="contentinfo">
      <div class="nhsuk-width-container">
        <div class="nhsuk-footer__meta">
          <p class="nhsuk-body-s">CAMHS Waiting List Tracker – for staff of children's mental health services and partner councils.</p>
          <p class="nhsuk-body-s">&copy; NHS England</p>
        </div>
      </div>
    </footer>
  `,
})
export class FooterComponent {}
