import { newChallenge } from "@/lib/proof-of-work/challenge";

export const dynamic = "force-dynamic";

/** A fresh proof-of-work challenge for the application form's widget; never cached. */
export async function GET() {
  return Response.json(await newChallenge(), { headers: { "Cache-Control": "no-store" } });
}
