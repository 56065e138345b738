import type { BrowserContext, BrowserContextOptions } from 'playwright-core';

export const ROOT: string;
export const CHROMIUM: string;
export const PREVIEW_HOST: string;
export function launchChromium(
  options?: BrowserContextOptions,
): Promise<{ context: BrowserContext; close(): Promise<void> }>;
export function startPreview(
  port?: number,
  dist?: string,
): Promise<{ url: string; stop(): void; pid: number }>;
