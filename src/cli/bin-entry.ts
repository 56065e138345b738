// Entry point bundled into dist/cli.js; bin/jevons.js calls `main` and sets the exit code.
export { main } from './main';
