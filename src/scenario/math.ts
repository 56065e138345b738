import { create, createUnitDependencies, parseDependencies, unitDependencies } from 'mathjs';
import type { MathJsInstance } from 'mathjs';

/**
 * The slice of mathjs the scenario layer uses: `parse` builds an AST that expression.ts checks and
 * compiles itself, `unit` reads "value unit" strings, `Unit` answers "is this name a unit?".
 * Nothing here ever evaluates user text through mathjs.
 */
export type LeanMath = Pick<MathJsInstance, 'parse' | 'unit' | 'Unit'>;

let instance: LeanMath | undefined;

/**
 * The project's one mathjs instance, built on first use (a scenario of plain numbers never builds
 * it). Units added to mathjs's own: USD (base money), token (alias tok, SI prefixes: ktok, Mtok),
 * FLOP (SI prefixes: TFLOP, PFLOP), GPU, GPUh (one GPU for one hour) and yr. mathjs's `month` is
 * already 1/12 of its Julian `year`, which is what the engine's monthly steps assume.
 */
export function getMath(): LeanMath {
  if (instance) return instance;
  // Only the factories we need: the full bundle would also register `import`, `evaluate` & co.
  const math = create({ parseDependencies, unitDependencies, createUnitDependencies });
  math.createUnit('USD', { aliases: ['usd'] });
  math.createUnit('token', { aliases: ['tokens', 'tok'], prefixes: 'short' });
  math.createUnit('FLOP', { prefixes: 'short' });
  math.createUnit('GPU', { aliases: ['GPUs'] });
  math.createUnit('GPUh', { definition: '1 GPU hour', aliases: ['GPUhour', 'GPUhours'], prefixes: 'short' });
  math.createUnit('yr', { definition: '1 year', aliases: ['yrs'] });
  instance = { parse: math.parse, unit: math.unit, Unit: math.Unit };
  return instance;
}
