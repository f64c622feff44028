import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

type Context = { params: Promise<{ nextauth: string[] }> };

// Options are built per request, so that nothing reads the environment at build time.
async function handler(request: Request, context: Context) {
  return NextAuth(request as never, context as never, authOptions());
}

/**
 * next-auth's own forms (sign-in, sign-out) post form-encoded bodies. It would also parse a
 * JSON body, and fail with a 500 on one it cannot use: anything but a form is refused here.
 */
async function post(request: Request, context: Context) {
  if (!/^application\/x-www-form-urlencoded\b/i.test(request.headers.get("content-type") ?? "")) {
    return new Response("Cet envoi n'est pas un formulaire de connexion.\n", {
      status: 415,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  return handler(request, context);
}

export { handler as GET, post as POST };
