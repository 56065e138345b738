// Issue 11.3 in the page: the analysis worker (break-even elasticity, decomposition) checks its
// runs as the CLI and the library do (checkedJevons) and refuses in the CLI's words, instead of a
// NaN break-even or a decomposition computed from a demand curve the engine had to clip.
import { describe, expect, it } from 'vitest';
import { checkedJevons } from '../../src/scenario/checked-jevons';
import { parseScenario } from '../../src/scenario/parse';
import type { Scenario } from '../../src/model/types';
import { type FromWorker, type Stage, toPayload } from '../../web/analysis/analysis-protocol';
import { createAnalysisService } from '../../web/analysis/analysis-service';

function scenario(expression: string): Scenario {
  const read = parseScenario({
    name: 'steep',
    parameters: { horizonMonths: 12 },
    demandCurve: { expression },
  });
  if (!read.ok) throw new Error(read.errors.map((e) => e.message).join('\n'));
  return read.scenario;
}

/** Runs the service in this thread until the request ends; returns every message it posted. */
async function analyse(s: Scenario, stages: Stage[]): Promise<FromWorker[]> {
  const messages: FromWorker[] = [];
  let finish: () => void = () => {};
  const ended = new Promise<void>((resolve) => {
    finish = resolve;
  });
  const service = createAnalysisService(
    (message) => {
      messages.push(message);
      if (message.type === 'done' || message.type === 'error' || message.type === 'abandoned') finish();
    },
    { yieldToEvents: () => Promise.resolve() },
  );
  service.onMessage({ type: 'run', id: 1, payload: toPayload(s, stages, Float64Array.of(0.5, 1, 1.5)) });
  await ended;
  return messages;
}

describe('the analysis worker refuses a verdict that states no answer, as the CLI does', {
  timeout: 60_000,
}, () => {
  it("a curve that overflows only in the break-even search's runs: the CLI's refusal, no break-even", async () => {
    // x^(−1) at the scenario's elasticity 1; the search tries steeper elasticities, where eps^10 explodes.
    const s = scenario('x^(-(eps^10))');
    const cli = checkedJevons(s);
    expect(cli.ok).toBe(false);
    const messages = await analyse(s, ['breakEven', 'decomposition', 'sweep']);
    expect(messages.map((m) => m.type)).toEqual(['error']);
    const error = messages[0] as Extract<FromWorker, { type: 'error' }>;
    if (cli.ok) return;
    expect(error.message).toBe(
      `scenario 'steep' gives no finite answer: ${cli.error.path}: ${cli.error.message}`,
    );
    expect(error.message).toMatch(/break-even search's run at elasticity/);
    expect(error.message).not.toMatch(/NaN|Infinity/);
  });

  it('the sweep leaves out the elasticities where the curve overflows, and says so', async () => {
    const s = scenario('x^(-(eps^10))');
    const values = Float64Array.of(0.5, 1, 2.5, 3);
    const messages: FromWorker[] = [];
    await new Promise<void>((resolve) => {
      const service = createAnalysisService(
        (message) => {
          messages.push(message);
          if (message.type !== 'stage' && message.type !== 'notice') resolve();
        },
        { yieldToEvents: () => Promise.resolve() },
      );
      service.onMessage({ type: 'run', id: 1, payload: toPayload(s, ['sweep'], values) });
    });
    expect(messages.map((m) => m.type)).toEqual(['stage', 'notice', 'done']);
    const sweep = (messages[0] as Extract<FromWorker, { stage: 'sweep' }>).value;
    for (const path of Object.values(sweep.bases)) {
      // Usable at 0.5 and 1 (x^(−1) at most); past 1e12 at 2.5 and 3.
      expect([...path.scenario].map(Number.isFinite)).toEqual([true, true, false, false]);
      expect([...path.base].map(Number.isFinite)).toEqual([true, true, false, false]);
    }
    const notice = (messages[1] as Extract<FromWorker, { type: 'notice' }>).message;
    expect(notice).toMatch(
      /^the Jevons curve leaves out elasticity 2\.5 to 3 \(2 points\): there the runs state no answer \(demandCurve expression 'x\^\(-\(eps\^10\)\)' (gives|is) .* in 20\d\d-\d\d/,
    );
  });

  it('a usable curve gets every stage, with the same numbers as the check gives', async () => {
    const s = scenario('min(x^(-(eps^10)), 1e6)');
    const messages = await analyse(s, ['breakEven', 'decomposition', 'sweep']);
    expect(messages.map((m) => m.type)).toEqual(['stage', 'stage', 'stage', 'done']);
    const checked = checkedJevons(s);
    if (!checked.ok) throw new Error(checked.error.message);
    const breakEven = messages[0] as Extract<FromWorker, { stage: 'breakEven' }>;
    expect(breakEven.value).toEqual(checked.result.breakEvenElasticity);
  });
});
