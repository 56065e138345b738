// `npm run test:browser`: the browser project of vitest (its global setup serves dist-web/).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './chromium.mjs';

const vitest = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
const result = spawnSync(
  process.execPath,
  [vitest, 'run', '--project', 'browser', ...process.argv.slice(2)],
  {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, TZ: 'UTC' },
  },
);
process.exit(result.status ?? 1);
