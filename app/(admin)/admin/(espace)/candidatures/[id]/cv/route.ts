import { adminRoute } from "@/lib/admin/boundary";
import { cvResponse } from "@/lib/applications/admin/download";

export const dynamic = "force-dynamic";

export const GET = adminRoute<{ id: string }>("téléchargement d'un CV", (context, _request, { id }) => cvResponse(context, id));
