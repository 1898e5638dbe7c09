import { z } from 'zod';

/** Text an author writes: trimmed, and never empty. */
export const prose = z.string().trim().min(1, 'must not be empty');
