// Kept so `npm run screenshot` (which names this path) works; the script lives in scripts/.
import '../../scripts/screenshot.mjs';
