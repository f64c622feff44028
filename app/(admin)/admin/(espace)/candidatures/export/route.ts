import { adminRoute } from "@/lib/admin/boundary";
import { exportResponse } from "@/lib/applications/admin/export/response";
import { env } from "@/lib/config/env";

export const dynamic = "force-dynamic";

export const GET = adminRoute("export de candidatures", (context, request) =>
  exportResponse(context, new URL(request.url), { siteUrl: env().SITE_URL }),
);
