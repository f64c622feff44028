import { receiveApplication } from "@/lib/applications/receive";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return receiveApplication(request, (await params).slug);
}
