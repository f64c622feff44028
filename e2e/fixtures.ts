// Every spec's `test`: it fails on any error a page logs to the console or throws, hydration
// errors and warnings included, in every browser context the test opens. A failed load of the
// page itself is no error here (specs visit 404s on purpose, and say what they expect of them);
// a failed script, style or image is. A spec that provokes an error on purpose names it with
// `consoleErrors.allow(/…/)`.
import { type BrowserContext, test as base, expect } from "@playwright/test";

export { expect };
export type { APIRequestContext, Browser, Page, TestInfo } from "@playwright/test";

type Logged = { text: string; source: string; page: string };

export const test = base.extend<{ consoleErrors: { allow: (pattern: RegExp) => void } }>({
  consoleErrors: [
    async ({ context, browser, baseURL }, use) => {
      const logged: Logged[] = [];
      const allowed: RegExp[] = [];
      const failedDocuments = new Set<string>();
      const watchContext = (watched: BrowserContext) => {
        const watch = (page: import("@playwright/test").Page) => {
          page.on("response", (response) => {
            if (response.request().resourceType() === "document" && response.status() >= 400) failedDocuments.add(response.url());
          });
          page.on("console", (message) => {
            // React reports hydration mismatches as console errors, and some as warnings.
            const hydration = message.type() === "warning" && /hydrat/i.test(message.text());
            if (message.type() === "error" || hydration)
              logged.push({ text: message.text(), source: message.location().url, page: page.url() });
          });
          page.on("pageerror", (error) => logged.push({ text: error.message, source: "", page: page.url() }));
        };
        watched.pages().forEach(watch);
        watched.on("page", watch);
      };
      watchContext(context);
      // Contexts the test opens itself (a second browser, one without JavaScript) are watched too.
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...options) => {
        const created = await newContext(...options);
        watchContext(created);
        return created;
      };
      try {
        await use({ allow: (pattern) => allowed.push(pattern) });
      } finally {
        browser.newContext = newContext;
      }
      // The portal's pages only: the stand-in identity provider's are not ours to judge.
      const portal = baseURL ? new URL(baseURL).origin : null;
      const onPortal = (entry: Logged) => !portal || !/^https?:/.test(entry.page) || new URL(entry.page).origin === portal;
      const onFailedPage = (entry: Logged) => failedDocuments.has(entry.page) || failedDocuments.has(entry.source);
      const unexpected = logged.filter(
        (entry) =>
          onPortal(entry) &&
          // The page's own 404 (or 403, 429…), and what the router fetches of it, are what the spec asked for.
          !(entry.text.startsWith("Failed to load resource") && onFailedPage(entry)) &&
          // next-auth answers a refused sign-in, and the password step of a second-factor one, with a 401.
          !(/status of 401\b/.test(entry.text) && new URL(entry.source || "about:blank").pathname.startsWith("/api/auth/callback/")) &&
          // Known and left alone: on a 404, React draws <html> again, without the colour theme
          // react-dsfr's observer expects, and its assertion throws (the page itself is fine).
          !(entry.text.startsWith("Wrong assertion encountered") && onFailedPage(entry)) &&
          !allowed.some((pattern) => pattern.test(entry.text)),
      );
      expect(
        unexpected.map((e) => `${e.page} : ${e.text}${e.source && e.source !== e.page ? ` (${e.source})` : ""}`),
        "erreurs dans la console du navigateur",
      ).toEqual([]);
    },
    { auto: true },
  ],
});
