/**
 * Zod compiles fast object parsers with `new Function` unless told not to; the page's
 * Content-Security-Policy forbids eval, and even zod's probe for it logs a CSP violation.
 * Imported first by every browser entry (the page and the forecast worker).
 */
import { z } from 'zod';

z.config({ jitless: true });
