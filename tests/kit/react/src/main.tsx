// The React host page of the kit test: the README's React example, rendered.
import { createRoot } from 'react-dom/client';
import { LegCrampsGuide } from './examples/LegCrampsGuide';

createRoot(document.getElementById('root')!).render(<LegCrampsGuide />);
