import { describe, expect, it } from 'vitest';
import { BASELINE_COMPONENTS } from '../../../scripts/bench/baseline.mjs';
import { COMPONENT_NAMES } from '../../../src/user-components/index';

describe('the bare baseline', () => {
  it('gives the bare baseline every component a body may use, so it builds the same files', () => {
    expect(BASELINE_COMPONENTS).toEqual(COMPONENT_NAMES);
  });
});
