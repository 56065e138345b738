import { describe, expect, it } from 'vitest';
import { webPoolSize } from '../../web/uncertainty/web-pool';

describe('the app’s worker pool leaves the page a core', () => {
  it('starts one worker fewer than the device has cores, at least one and at most four', () => {
    expect([1, 2, 3, 4, 6, 8, 64].map(webPoolSize)).toEqual([1, 1, 2, 3, 4, 4, 4]);
  });
});
