import { openApiDocument } from "@/lib/postings/api/openapi";

// No database: generated once at build time from the API's zod schemas.
export const dynamic = "force-static";

export function GET() {
  return Response.json(openApiDocument(), { headers: { "access-control-allow-origin": "*" } });
}
