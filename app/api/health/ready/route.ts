// Readiness: the database answers and every migration is applied; 200 or 503.
import { checkReadiness } from "@/lib/health/readiness";

export const dynamic = "force-dynamic";

export async function GET() {
  const state = await checkReadiness();
  return Response.json(state, {
    status: state.ready ? 200 : 503,
    headers: { "cache-control": "no-store", ...(state.ready ? {} : { "retry-after": "10" }) },
  });
}
