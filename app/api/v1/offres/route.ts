import { listPostingsResponse } from "@/lib/postings/api/handlers";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return listPostingsResponse(new URL(request.url));
}
