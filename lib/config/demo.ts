/**
 * Whether `npm start` runs the embedded demo (docs/decisions/0017): a generated session
 * secret, a demo admin whose generated password is printed, and the demo postings. Decided
 * from settings only, never from which database is named:
 * - DEMO=on or DEMO=off says so;
 * - unset, the demo is on only when nothing of a deployment is set: no NODE_ENV=production,
 *   no DATABASE_URL, no SITE_URL, no NEXTAUTH_SECRET. `npm install && npm start` on a fresh
 *   clone is the demo; a deployment that forgets one of them is not.
 * DEMO_POSTINGS=on|off loads (or not) the demo postings into an empty database whatever DEMO
 * says: the end-to-end tests want the postings without the demo admin.
 */
export type DemoSettings = { demo: boolean; postings: boolean };

const DEPLOYMENT_SETTINGS = ["DATABASE_URL", "SITE_URL", "NEXTAUTH_SECRET"] as const;

export function demoSettings(source: Record<string, string | undefined>): DemoSettings {
  const value = (name: string) => source[name]?.trim() || undefined;
  const explicit = value("DEMO");
  const demo =
    explicit !== undefined
      ? explicit === "on"
      : value("NODE_ENV") !== "production" && DEPLOYMENT_SETTINGS.every((name) => value(name) === undefined);
  const postings = value("DEMO_POSTINGS");
  return { demo, postings: postings !== undefined ? postings === "on" : demo };
}
