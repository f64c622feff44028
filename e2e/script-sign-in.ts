// Signing in as a script would, without a browser: next-auth's CSRF token, then its
// credentials callback, the way its own sign-in form posts them.
type SignedIn = { status: number; sessionCookie: string | undefined };

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]!);
}

export async function signInByScript(
  base: string,
  account: { email: string; password: string },
  headers: Record<string, string>,
): Promise<SignedIn> {
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { ...headers, "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrf).join("; ") },
    body: new URLSearchParams({ csrfToken, email: account.email, password: account.password, callbackUrl: `${base}/admin` }),
  });
  const session = cookiesOf(response).find((cookie) => cookie.startsWith("next-auth.session-token="));
  return { status: response.status, sessionCookie: session };
}
