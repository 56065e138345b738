interface SizedFile {
  /** Path under the build folder, e.g. "assets/index-abc123.js". */
  file: string;
  /** Bytes after gzip -9. */
  gzip: number;
}

export function bundleSizes(dist: string): {
  initialFiles: SizedFile[];
  lazyFiles: SizedFile[];
  mathjsInitial: boolean;
};
