import type { Page } from 'playwright-core';

/** A figure on screen: its place in statistics.json, the value it carries and the text shown. */
export interface ShownFigure {
  key: string;
  value: unknown;
  text: string;
}

/** Every figure the page shows with a place in statistics.json (elements with data-figure). */
export function shownFigures(page: Page): Promise<ShownFigure[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-figure]')].map((element) => ({
      key: element.dataset.figure!,
      value: JSON.parse(element.dataset.value!) as unknown,
      text: element.textContent ?? '',
    })),
  );
}

/** The value at a dotted key path of a JSON object (`migration.version`). */
export function valueAt(object: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((found, part) => (found && typeof found === 'object' ? (found as Record<string, unknown>)[part] : undefined), object);
}

/**
 * The line boxes of each figure's text and label, measured: the rectangles of the element's text
 * nodes (icons left out), counted as lines where one starts below the previous line's middle. A
 * figure whose text wraps has more than one line.
 */
export function wrappedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const wrapped: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('[data-figure], .figure-label-text, [data-testid="instance-address"]')) {
      const rects: DOMRect[] = [];
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        rects.push(...[...range.getClientRects()].filter((rect) => rect.width > 0));
      }
      rects.sort((a, b) => a.top - b.top);
      let lines = rects.length > 0 ? 1 : 0;
      for (let index = 1; index < rects.length; index += 1) if (rects[index]!.top > rects[index - 1]!.top + rects[index - 1]!.height / 2) lines += 1;
      if (lines > 1) wrapped.push(`${element.dataset.figure ?? element.textContent}: ${lines} lines`);
    }
    return wrapped;
  });
}

/** Figures whose text is cut (wider than their box). */
export function cutTexts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-figure]')]
      .filter((element) => element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).display !== 'inline')
      .map((element) => element.dataset.figure!),
  );
}

const counts = new Intl.NumberFormat('en-US');
const twoDecimals = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Rocket.Chat's formatMemorySize, written again from its definition (bytes, kB, MB, GB; two decimals). */
export function rocketChatMemorySize(bytes: number): string {
  const units = ['bytes', 'kB', 'MB', 'GB'];
  let order = 0;
  while (order < units.length - 1 && bytes >= 1024 ** (order + 1)) order += 1;
  return order === 0 ? `${counts.format(bytes)} bytes` : `${twoDecimals.format(bytes / 1024 ** order)} ${units[order]}`;
}

/** The text the page must show for a value of statistics.json, per key. */
export function expectedText(key: string, value: unknown): string {
  if (key === 'uploadsTotalSize') return rocketChatMemorySize(value as number);
  if (key === 'oplogEnabled') return value === null ? 'not known' : value ? 'Enabled' : 'Disabled';
  if (key.startsWith('migration.') && key !== 'migration.version') {
    return new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' }).format(new Date(value as string));
  }
  if (typeof value === 'number' && key !== 'process.pid' && key !== 'migration.version') return counts.format(value);
  return String(value);
}
