import type { Locator, Page } from "@playwright/test";

/** Presses Tab until `target` has the focus (bounded), as a keyboard user would. */
export async function tabToElement(page: Page, target: Locator, presses = 120): Promise<void> {
  for (let i = 0; i < presses; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`${target} jamais atteint avec Tab`);
}
