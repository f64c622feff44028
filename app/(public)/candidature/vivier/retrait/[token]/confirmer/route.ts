import { receivePoolWithdrawal } from "@/lib/pool/withdraw-request";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  return receivePoolWithdrawal(request, (await params).token);
}
