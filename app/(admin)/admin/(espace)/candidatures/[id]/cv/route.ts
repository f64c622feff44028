import { currentActor } from "@/lib/auth/current";
import { cvResponse } from "@/lib/applications/admin/download";
import { clientAddress } from "@/lib/http/client-address";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return cvResponse(await currentActor(), id, clientAddress(request.headers));
}
