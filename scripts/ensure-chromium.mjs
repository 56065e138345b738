// The browser tests drive Debian's Chromium through playwright-core (`npx playwright install` cannot
// download a browser here). If it is missing and we may install packages (root with apt-get, as in
// CI), install it; otherwise say exactly what to run, and fail before the tests start.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.JEVONS_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('browser tests: installing Debian chromium (apt-get install -y chromium)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  } else {
    console.error(
      `browser tests need Chromium at ${CHROMIUM}: run \`sudo apt-get install -y chromium\` (or set JEVONS_CHROMIUM)`,
    );
    process.exit(1);
  }
}
