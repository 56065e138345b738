// The built app's JavaScript split into what the page loads before it can render (the entry chunk
// and everything it imports statically) and what it loads on demand (every other chunk), with each
// file's gzip -9 size. Read by `npm run bench:web` and by bundle.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** `dist`: a `vite build` output folder (dist-web/). */
export function bundleSizes(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*src="\.?\/?([^"]+)"/.exec(html)?.[1];
  if (!entry) throw new Error(`no module script in ${join(dist, 'index.html')}`);
  const initial = new Set();
  const visit = (file) => {
    if (initial.has(file)) return;
    initial.add(file);
    const text = readFileSync(join(dist, file), 'utf8');
    // Static imports only: `import … from "./x.js"` and bare `import "./x.js"`, not `import("./x.js")`.
    for (const m of text.matchAll(/(?:^|[;}\s])import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+\.js)["']/g)) {
      visit(join('assets', m[1]));
    }
  };
  visit(entry);
  const all = readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => join('assets', f));
  const gz = (f) => gzipSync(readFileSync(join(dist, f)), { level: 9 }).length;
  const initialFiles = [...initial].map((f) => ({ file: f, gzip: gz(f) }));
  const lazyFiles = all.filter((f) => !initial.has(f)).map((f) => ({ file: f, gzip: gz(f) }));
  const mathjsInitial = [...initial].some((f) =>
    /typed-function|createUnitDependencies|mathjs/.test(readFileSync(join(dist, f), 'utf8')),
  );
  return { initialFiles, lazyFiles, mathjsInitial };
}
