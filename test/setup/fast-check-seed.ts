/**
 * One seed for every fast-check property in the unit project, so a run is reproducible: a failure
 * prints `{ seed, path }`, and `JEVONS_FC_SEED=<seed> npx vitest run --project unit <file>` replays
 * it. Without the variable the seed is fixed, so CI and laptops check the same cases.
 */
import fc from 'fast-check';

const DEFAULT_SEED = 20250127;
const raw = process.env.JEVONS_FC_SEED;
const seed = raw === undefined || raw === '' ? DEFAULT_SEED : Number(raw);
if (!Number.isSafeInteger(seed)) throw new Error(`JEVONS_FC_SEED: expected an integer, got ${raw}`);

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
