import { join } from 'node:path';
import { ROOT } from '../support/content';

/** Where the screenshots a person can look at go (kept as test output; git-ignored). */
export const SCREENSHOTS = join(ROOT, 'test-results', 'engines');
