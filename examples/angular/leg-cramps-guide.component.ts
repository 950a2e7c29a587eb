import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import 'night-leg-cramps'; // defines <night-leg-cramps>, and types its events
import type { NightLegCrampsEventMap } from 'night-leg-cramps';

@Component({
  selector: 'app-leg-cramps-guide',
  // <night-leg-cramps> is a custom element, not an Angular component.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <night-leg-cramps lang="en-GB" region="uk" events="outcome" (nlc-outcome)="onOutcome($event)">
      <p>If you are worried about leg pain, call NHS 111. In an emergency, call 999.</p>
    </night-leg-cramps>
    @if (level()) {
      <p role="status">The guide showed: {{ level() }}</p>
    }
  `,
})
export class LegCrampsGuideComponent {
  level = signal('');

  onOutcome(event: NightLegCrampsEventMap['nlc-outcome']) {
    this.level.set(event.detail.level);
  }
}
