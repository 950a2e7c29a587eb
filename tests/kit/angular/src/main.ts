// The Angular host page of the kit test: the README's Angular example, bootstrapped (JIT).
import '@angular/compiler';
import { bootstrapApplication } from '@angular/platform-browser';
import { LegCrampsGuideComponent } from './examples/leg-cramps-guide.component';

bootstrapApplication(LegCrampsGuideComponent).catch((err) => console.error(err));
