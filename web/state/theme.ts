import type { Theme } from './app-state';

const darkQuery = (): MediaQueryList | null =>
  typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;

/** The theme actually shown: the reader's choice, or the system's on "auto". */
function resolveTheme(theme: Theme): 'light' | 'dark' {
  if (theme !== 'auto') return theme;
  return darkQuery()?.matches ? 'dark' : 'light';
}

let following: (() => void) | null = null;

/**
 * Sets `data-theme` on <html> (theme.css keys the dark palette on it) and, on "auto", follows
 * the system setting as it changes.
 */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  root.dataset.theme = resolveTheme(theme);
  const query = darkQuery();
  if (following && query) query.removeEventListener('change', following);
  following = null;
  if (theme === 'auto' && query) {
    following = () => {
      root.dataset.theme = resolveTheme('auto');
    };
    query.addEventListener('change', following);
  }
}
