// Starts the NHS.UK design system's components (the header's menu, buttons). The site works without it.
import { initAll } from './nhsuk/nhsuk-frontend.min.js';
initAll();
