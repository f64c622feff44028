import { adminRoute } from "@/lib/admin/boundary";
import { communeSuggestionsResponse } from "@/lib/postings/admin/commune-suggestions";

export const dynamic = "force-dynamic";

export const GET = adminRoute("suggestions de communes", ({ actor }, request) =>
  Promise.resolve(communeSuggestionsResponse(actor, new URL(request.url))),
);
