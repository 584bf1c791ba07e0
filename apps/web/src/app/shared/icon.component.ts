import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/** The NHS.UK frontend icons the app uses (paths from nhsuk-frontend's icon set, 24 × 24). */
const ICON_PATHS = {
  user: 'M12 1a11 11 0 1 1 0 22 11 11 0 0 1 0-22Zm0 2a9 9 0 0 0-5 16.5V18a4 4 0 0 1 4-4h2a4 4 0 0 1 4 4v1.5A9 9 0 0 0 12 3Zm0 3a3.5 3.5 0 1 1-3.5 3.5A3.4 3.4 0 0 1 12 6Z',
  'arrow-left':
    'M10.7 6.3c.4.4.4 1 0 1.4L7.4 11H19a1 1 0 0 1 0 2H7.4l3.3 3.3c.4.4.4 1 0 1.4a1 1 0 0 1-1.4 0l-5-5A1 1 0 0 1 4 12c0-.3.1-.5.3-.7l5-5a1 1 0 0 1 1.4 0Z',
  'arrow-right':
    'm14.7 6.3 5 5c.2.2.3.4.3.7 0 .3-.1.5-.3.7l-5 5a1 1 0 0 1-1.4-1.4l3.3-3.3H5a1 1 0 0 1 0-2h11.6l-3.3-3.3a1 1 0 1 1 1.4-1.4Z',
} as const;

export type IconName = keyof typeof ICON_PATHS;

/**
 * A decorative NHS icon: `<svg camhsIcon="user"></svg>` renders the icon with the nhsuk-icon classes,
 * hidden from assistive technology (the text next to it says what it means).
 */
@Component({
  selector: 'svg[camhsIcon]',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    class: 'nhsuk-icon',
    '[class]': '"nhsuk-icon--" + name()',
    viewBox: '0 0 24 24',
    width: '16',
    height: '16',
    focusable: 'false',
    'aria-hidden': 'true',
  },
  template: `<svg:path [attr.d]="path()" />`,
})
export class IconComponent {
  readonly name = input.required<IconName>({ alias: 'camhsIcon' });
  readonly path = computed(() => ICON_PATHS[this.name()]);
}
