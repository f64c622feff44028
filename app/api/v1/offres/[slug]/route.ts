import { postingResponse } from "@/lib/postings/api/handlers";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return postingResponse((await params).slug);
}
