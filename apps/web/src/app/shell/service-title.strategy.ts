import { Injectable, inject } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';

export const SERVICE_NAME = 'CAMHS Waiting List Tracker';

/** Page titles read "<route title> – CAMHS Waiting List Tracker", as NHS services name their pages. */
@Injectable()
export class ServiceTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);

  override updateTitle(snapshot: RouterStateSnapshot): void {
    const pageTitle = this.buildTitle(snapshot);
    this.title.setTitle(pageTitle ? `${pageTitle} – ${SERVICE_NAME}` : SERVICE_NAME);
  }
}
