import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mapBounded } from '../../../src/engines/host/bounded.js';

describe('bounded concurrency', () => {
  it('keeps input order and never runs more than the limit at once', async () => {
    let running = 0;
    let peak = 0;
    const outcomes = await mapBounded(
      [5, 1, 4, 2, 3, 0, 6, 7, 8, 9],
      3,
      async (value) => {
        running += 1;
        peak = Math.max(peak, running);
        // Yield a value-dependent number of turns so tasks finish out of order.
        for (let turn = 0; turn < value; turn += 1) await Promise.resolve();
        running -= 1;
        return value * 10;
      },
      () => true,
    );
    assert.equal(peak, 3);
    assert.deepEqual(
      outcomes.map((outcome) => (outcome.ok === true ? outcome.value : outcome.ok)),
      [50, 10, 40, 20, 30, 0, 60, 70, 80, 90],
    );
  });

  it('starts nothing new after a failure that stops the run, and keeps going after one that does not', async () => {
    const stopping = await mapBounded(
      [1, 2, 3, 4],
      1,
      async (value) => {
        if (value === 2) throw new Error('gone');
        return value;
      },
      () => true,
    );
    assert.deepEqual(
      stopping.map((outcome) => outcome.ok),
      [true, false, 'skipped', 'skipped'],
    );
    const continuing = await mapBounded(
      [1, 2, 3],
      1,
      async (value) => {
        if (value === 2) throw new Error('removed');
        return value;
      },
      () => false,
    );
    assert.deepEqual(
      continuing.map((outcome) => outcome.ok),
      [true, false, true],
    );
  });
});
