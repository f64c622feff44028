import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { headers } from "next/headers";
import { recordAudit } from "@/lib/audit/record";
import { env, nextAuthUrlOf } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { clientAddress } from "@/lib/http/client-address";
import { proConnectProvider } from "./proconnect";
import { userForOidcProfile } from "./proconnect-link";
import { answerSignInChallenge, openSignInChallenge } from "./second-factor-sign-in";
import { createSession, deleteSession, type SecondFactorMethod, SESSION_MAX_AGE_SECONDS } from "./sessions";
import { SIGN_IN_PATH } from "./paths";
import { signInWithPassword } from "./sign-in";

export { SIGN_IN_PATH } from "./paths";

/** Codes the sign-in page turns into French messages; "throttled-<minutes>" says how long to wait. */
export const SIGN_IN_ERRORS = {
  throttled: "throttled",
  proofOfWork: "proof-of-work",
  invalid: "CredentialsSignin",
  /** Followed by ":<ticket>": the password is right, a code is now asked for. */
  secondFactor: "second-factor",
  wrongCode: "second-factor-wrong",
  expiredCode: "second-factor-expired",
  notAllowed: "AccessDenied",
  /** A ProConnect sign-in of someone who must bring a second factor, without one. */
  proConnectSecondFactor: "proconnect-second-factor",
} as const;

function requestAddress(headers: Record<string, unknown> | undefined): string {
  const list = new Headers();
  for (const [name, value] of Object.entries(headers ?? {})) if (typeof value === "string") list.set(name, value);
  return clientAddress(list);
}

declare module "next-auth" {
  interface User {
    /** How this sign-in proved a second factor, handed from `authorize` to the jwt callback that opens the session. */
    secondFactor?: SecondFactorMethod;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    /** The Session row this cookie stands for (lib/auth/sessions.ts). */
    sid?: string;
  }
}

/** Whether next-auth's cookies are Secure (and so named with the __Secure- prefix). */
export function secureCookies(): boolean {
  return nextAuthUrlOf(env()).startsWith("https://");
}

export function authOptions(): NextAuthOptions {
  const config = env();
  const proConnect = proConnectProvider(config);
  return {
    secret: config.NEXTAUTH_SECRET,
    useSecureCookies: secureCookies(),
    // The cookie holds a signed JWT that only names a database session; the row decides.
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: SIGN_IN_PATH, error: SIGN_IN_PATH },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "Adresse électronique et mot de passe",
        credentials: { email: { type: "email" }, password: { type: "password" }, altcha: { type: "hidden" } },
        async authorize(credentials, req) {
          const result = await signInWithPassword({
            email: credentials?.email ?? "",
            password: credentials?.password ?? "",
            clientAddress: requestAddress(req.headers),
            proofOfWork: credentials?.altcha,
          });
          if (result.ok && !result.secondFactor) return result.user;
          if (result.ok) throw new Error(`${SIGN_IN_ERRORS.secondFactor}:${await openSignInChallenge(await getDb(), result.user.id)}`);
          // next-auth hands a thrown message to the sign-in page as ?error=…
          if (result.reason === "throttled") throw new Error(`${SIGN_IN_ERRORS.throttled}-${Math.ceil(result.retryAfterSeconds / 60)}`);
          if (result.reason === "proof-of-work") throw new Error(SIGN_IN_ERRORS.proofOfWork);
          return null;
        },
      }),
      // The second step of a sign-in with a second factor: the ticket of the first, and a code.
      CredentialsProvider({
        id: "second-factor",
        name: "Code de double authentification",
        credentials: { ticket: { type: "hidden" }, code: { type: "text" } },
        async authorize(credentials, req) {
          const answer = await answerSignInChallenge(await getDb(), {
            ticket: credentials?.ticket ?? "",
            code: credentials?.code ?? "",
            clientAddress: requestAddress(req.headers),
            appSecret: config.NEXTAUTH_SECRET ?? "",
          });
          if (answer.ok) return { ...answer.user, secondFactor: answer.method };
          throw new Error(answer.reason === "expired" ? SIGN_IN_ERRORS.expiredCode : SIGN_IN_ERRORS.wrongCode);
        },
      }),
      ...(proConnect ? [proConnect] : []),
    ],
    callbacks: {
      async signIn({ account, profile }) {
        if (account?.provider !== "proconnect") return true;
        const decision = await userForOidcProfile(profile);
        if (decision.ok) return true;
        // Only the person themselves gets this far (a linked or linkable identity): telling
        // them how to sign in instead reveals nothing to anyone else.
        if (decision.reason === "second-factor")
          return `${nextAuthUrlOf(config)}${SIGN_IN_PATH}?error=${SIGN_IN_ERRORS.proConnectSecondFactor}`;
        return false;
      },
      async jwt({ token, user, account, profile }) {
        if (!user) return token;
        const db = await getDb();
        let userId = user.id;
        // The code step says how it proved the second factor; ProConnect, by its assurance level.
        let secondFactor: SecondFactorMethod | null = user.secondFactor ?? null;
        if (account?.provider === "proconnect") {
          // The signIn callback decided and linked already: this answers the same, linking nothing.
          const decision = await userForOidcProfile(profile);
          if (!decision.ok) return {};
          userId = decision.user.id;
          // A two-factor level from ProConnect is the session's second factor (docs/decisions/0028).
          secondFactor = decision.secondFactor ? "proconnect" : null;
          await db.user.update({ where: { id: userId }, data: { lastSignInAt: new Date() } });
          await recordAudit(db, {
            action: "auth.sign_in",
            actor: decision.user,
            subject: { type: "session", id: userId, label: decision.user.email },
            changes: { méthode: "ProConnect", acr: decision.acr },
          });
        }
        // The sign-in runs in next-auth's route handler: its request names the browser.
        // A password alone proves no second factor: the session is pending where a role requires one.
        const session = await createSession(db, userId, { userAgent: (await headers()).get("user-agent"), secondFactor });
        return { sid: session.id };
      },
      // /api/auth/session answers any script on the page: it says nothing of the session row,
      // which the server reads from the signed cookie itself (lib/auth/current.ts).
      async session({ session }) {
        return { expires: session.expires };
      },
    },
    events: {
      async signOut({ token }) {
        if (!token?.sid) return;
        const db = await getDb();
        const row = await db.session.findUnique({ where: { id: token.sid }, select: { user: { select: { id: true, email: true } } } });
        await deleteSession(db, token.sid);
        if (row)
          await recordAudit(db, {
            action: "auth.sign_out",
            actor: row.user,
            subject: { type: "session", id: row.user.id, label: row.user.email },
          });
      },
    },
  };
}
