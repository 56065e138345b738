/** Draws `text` and returns its pixels (any fixed size), or null when nothing can be drawn. */
export type GlyphPainter = (text: string) => ArrayLike<number> | null;

/** A private-use code point: no font the page uses draws it, so it shows the "missing glyph" box. */
const MISSING = '\uE000\uE000';

function same(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function blank(a: ArrayLike<number>): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== 0) return false;
  return true;
}

/**
 * True when `text` would show as empty boxes: drawn, it is blank or looks exactly like two
 * characters no font has. Unknown (nothing can be drawn) counts as shown.
 */
export function glyphsMissing(text: string, paint: GlyphPainter): boolean {
  const drawn = paint(text);
  const tofu = paint(MISSING);
  if (!drawn || !tofu) return false;
  return blank(drawn) || same(drawn, tofu);
}

/** A painter on a small canvas in the page's font stack (alpha channel only). */
function canvasPainter(font: string): GlyphPainter {
  const canvas = document.createElement('canvas');
  canvas.width = 48;
  canvas.height = 24;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  return (text) => {
    if (!ctx) return null;
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.font = font;
    ctx.textBaseline = 'top';
    ctx.fillStyle = '#000';
    ctx.fillText(text, 0, 2);
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    return data.filter((_, i) => i % 4 === 3);
  };
}

let cached: boolean | undefined;

/**
 * True when the reader's system has no font for Chinese characters, so the language button must
 * not rely on "中文" alone (it would be two empty boxes). Checked once, in the page's font stack.
 */
export function chineseFontMissing(): boolean {
  if (cached === undefined) {
    const family = getComputedStyle(document.documentElement).fontFamily || 'sans-serif';
    try {
      cached = glyphsMissing('中文', canvasPainter(`16px ${family}`));
    } catch {
      cached = false;
    }
  }
  return cached;
}
