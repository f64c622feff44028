import { z } from "zod";

/**
 * How the portal waits on its database (docs/decisions/0011): never forever. Shared with the
 * data layer, which reads only these (scripts such as the backup run without the secrets).
 */
export const databaseEnvShape = {
  // PostgreSQL: connections per process (the sum over instances stays under max_connections).
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  // PostgreSQL: how long to wait for a connection (to open one, or a free one in the pool).
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(3000),
  // PostgreSQL: the longest a statement may run, server side and client side.
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
};

/**
 * The portal's environment, read and checked once. Every variable the application reads is
 * declared here, with its default, so that a missing or malformed one is named at start-up
 * rather than discovered on the request that first needs it.
 */
const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    // Set by Next.js while it builds: pages prerendered then read the configuration too, but a
    // build holds no secret (the same build serves every deployment), so none is required then.
    NEXT_PHASE: z.string().optional(),
    DATABASE_URL: z.string().trim().optional(),
    // The embedded demo (lib/config/demo.ts, docs/decisions/0017): "on" or "off"; unset, it is
    // on only for a start with no deployment setting at all.
    DEMO: z.enum(["on", "off"]).optional(),
    // Loads the demo postings into an empty database; follows DEMO when unset.
    DEMO_POSTINGS: z.enum(["on", "off"]).optional(),
    // The port the server listens on (set by scripts/start.ts for the standalone server).
    PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
    // The address candidates and mail recipients reach the portal at (links in mails, feeds…).
    // Read when the server runs, never baked into the build (docs/decisions/0017); unset, this
    // server's own port on localhost, so that the demo's links follow PORT.
    SITE_URL: z.url({ protocol: /^https?$/ }).optional(),
    // How many reverse proxies stand in front of the portal and append to X-Forwarded-For.
    TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),

    // Applications (lib/applications). The CV limit stays under the proxy body limit that
    // next.config.js sets (64 MB), so that no layer cuts an upload short.
    CV_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .max(50 * 1024 * 1024)
      .default(10 * 1024 * 1024),
    // Applications stored per client address and window (lib/applications/limits.ts).
    APPLICATION_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
    APPLICATION_RATE_WINDOW_MINUTES: z.coerce.number().int().min(1).default(60),
    // Submissions of any outcome per client address and window, forms sent back for
    // corrections included: generous, it only stops a flood.
    APPLICATION_ATTEMPT_RATE_LIMIT: z.coerce.number().int().min(1).default(60),
    // Applications stored without a solved proof of work ("à vérifier") per client and window.
    APPLICATION_UNVERIFIED_RATE_LIMIT: z.coerce.number().int().min(1).default(3),
    // Acknowledgement mails (and "already applied" mails) one address receives in 24 hours.
    ACKNOWLEDGEMENT_MAIL_DAILY_LIMIT: z.coerce.number().int().min(1).default(3),
    // Signs the proof-of-work challenges; instances behind one load balancer share it.
    // Unset: a random key per process (challenges then only verify on the process that made them).
    ALTCHA_HMAC_KEY: z.string().min(32, "au moins 32 caractères").optional(),
    // Retention (lib/applications/retention.ts, docs/decisions/0010): months an application not
    // retained is kept once its offer's recruitment has ended, and months after the last contact
    // for a candidate who agreed to stay in the pool.
    APPLICATION_RETENTION_MONTHS: z.coerce.number().int().min(1).max(120).default(3),
    APPLICATION_POOL_RETENTION_MONTHS: z.coerce.number().int().min(1).max(120).default(24),
    // Months the audit log keeps personal data (client addresses, what a failed sign-in typed)
    // before the daily purge blanks it; the events themselves stay (lib/audit/personal-data.ts).
    AUDIT_PERSONAL_DATA_RETENTION_MONTHS: z.coerce.number().int().min(1).max(120).default(12),
    // Confirmations of the candidate's withdrawal link per client address and window.
    WITHDRAWAL_RATE_LIMIT: z.coerce.number().int().min(1).default(10),

    // Mail (lib/mail). Without SMTP_URL, mail stays in the database outbox (and is printed to
    // the console in development); with it, the outbox sends through that server and retries.
    SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
    // The sender of every mail, e.g. "Rejoindre <ne-pas-repondre@exemple.gouv.fr>".
    MAIL_FROM: z.string().trim().min(3).optional(),
    // The operator's address on the legal pages (accessibility, personal data); without it they
    // send people to each posting's own contact.
    CONTACT_EMAIL: z
      .string()
      .trim()
      .regex(/^[^\s@]+@[^\s@]+$/, "une adresse électronique")
      .optional(),
    // Signs the admin session cookie (next-auth). Mandatory in production, at least 32 characters.
    NEXTAUTH_SECRET: z.string().min(32, "au moins 32 caractères (openssl rand -base64 32)").optional(),
    // The portal's own address as next-auth builds its callback URLs; https makes cookies Secure.
    // Unset, it is SITE_URL (nextAuthUrlOf): the cookies follow the address people use.
    NEXTAUTH_URL: z.url({ protocol: /^https?$/ }).optional(),
    // ProConnect (or any OpenID Connect provider): offered on the sign-in page when all three are set.
    PROCONNECT_ISSUER: z.url({ protocol: /^https?$/ }).optional(),
    PROCONNECT_CLIENT_ID: z.string().optional(),
    PROCONNECT_CLIENT_SECRET: z.string().optional(),

    // Encrypts the identifiers of server actions and their bound values. Next.js draws a new key
    // at each build; instances built apart (or rebuilt one at a time) must share one, or a form
    // rendered by one instance fails when posted to another. Base64 of 16, 24 or 32 bytes.
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: z
      .string()
      .trim()
      .refine(isAesKey, "clé AES en base64 de 16, 24 ou 32 octets (openssl rand -base64 32)")
      .optional(),
    // How often each instance looks for scheduled work that is due (each job keeps its own
    // interval, and runs on one instance at a time whatever this says).
    JOBS_TICK_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
    // Structured logs (JSON lines on the standard output): the least severe level written.
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    ...databaseEnvShape,
  })
  .superRefine((value, context) => {
    if (value.NODE_ENV === "production" && value.NEXT_PHASE !== "phase-production-build" && !value.NEXTAUTH_SECRET) {
      context.addIssue({ code: "custom", path: ["NEXTAUTH_SECRET"], message: "obligatoire en production (openssl rand -base64 32)" });
    }
    // A portal served in https whose sign-in believes it is http would send its session
    // cookies without Secure nor the __Secure- prefix: refused rather than served.
    const serving = value.NODE_ENV === "production" && value.NEXT_PHASE !== "phase-production-build";
    if (serving && value.NEXTAUTH_URL?.startsWith("http://") && value.SITE_URL?.startsWith("https://")) {
      context.addIssue({
        code: "custom",
        path: ["NEXTAUTH_URL"],
        message:
          "en http alors que SITE_URL est en https : les cookies de session partiraient sans Secure. Donnez l'adresse https du portail, ou retirez NEXTAUTH_URL pour qu'elle suive SITE_URL",
      });
    }
    const oidc = [value.PROCONNECT_ISSUER, value.PROCONNECT_CLIENT_ID, value.PROCONNECT_CLIENT_SECRET];
    if (oidc.some(Boolean) && !oidc.every(Boolean)) {
      for (const name of ["PROCONNECT_ISSUER", "PROCONNECT_CLIENT_ID", "PROCONNECT_CLIENT_SECRET"] as const) {
        if (!value[name]) context.addIssue({ code: "custom", path: [name], message: "requise avec les autres variables PROCONNECT_*" });
      }
    }
  });

function isAesKey(value: string): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return false;
  return [16, 24, 32].includes(Buffer.from(value, "base64").length);
}

export type Env = Omit<z.infer<typeof envSchema>, "SITE_URL"> & { SITE_URL: string };

export class EnvError extends Error {
  constructor(
    readonly variables: string[],
    details: string,
  ) {
    super(`Configuration invalide (${variables.join(", ")}) :\n${details}`);
    this.name = "EnvError";
  }
}

/** Empty strings count as unset: `FOO=` in a file means "use the default". */
export function withoutEmpty(source: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(source).filter((e): e is [string, string] => !!e[1]?.trim()));
}

/** Parses an environment; throws an EnvError naming every missing or malformed variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(withoutEmpty(source));
  if (result.success) return { ...result.data, SITE_URL: result.data.SITE_URL ?? `http://localhost:${result.data.PORT || 3000}` };
  const variables = [...new Set(result.error.issues.map((issue) => String(issue.path[0])))];
  const details = result.error.issues.map((issue) => `  - ${String(issue.path[0])} : ${issue.message}`).join("\n");
  throw new EnvError(variables, details);
}

/**
 * The address next-auth works with: NEXTAUTH_URL, else SITE_URL. Its scheme decides whether the
 * session cookies are Secure and carry the __Secure- prefix (lib/auth/options.ts), so an https
 * portal gets secure cookies without repeating its address (docs/decisions/0006).
 */
export function nextAuthUrlOf(config: Pick<Env, "NEXTAUTH_URL" | "SITE_URL">): string {
  return config.NEXTAUTH_URL ?? config.SITE_URL;
}

let cached: Env | undefined;

/** The process's environment, parsed on first use. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Tests change process.env: forget the parsed copy. */
export function resetEnvForTests(): void {
  cached = undefined;
}
