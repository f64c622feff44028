import { exportResponse } from "@/lib/applications/admin/export/response";
import { currentActor } from "@/lib/auth/current";
import { env } from "@/lib/config/env";
import { clientAddress } from "@/lib/http/client-address";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return exportResponse(await currentActor(), new URL(request.url), { siteUrl: env().SITE_URL, clientAddress: clientAddress(request.headers) });
}
