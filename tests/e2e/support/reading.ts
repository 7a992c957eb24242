/** Reading a page the way a person does in the browser tests: the mouse wheel, down to the end. */
import type { Page } from 'playwright-core';

/** Wheel steps, in pixels: about a screenful of text at a time, like a reader paging down. */
const WHEEL_STEP_PX = 600;

/** Scrolls with the mouse wheel until the bottom of the page is in view. */
export async function scrollToEnd(page: Page): Promise<void> {
  await page.mouse.move(400, 300);
  for (let step = 0; step < 200; step++) {
    const atEnd = await page.evaluate(() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2);
    if (atEnd) break;
    await page.mouse.wheel(0, WHEEL_STEP_PX);
    await page.waitForTimeout(50);
  }
  // Let the content script see the final scroll position (it checks once per animation frame).
  await page.waitForTimeout(300);
}
