import { receiveWithdrawal } from "@/lib/applications/rights/withdraw-request";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  return receiveWithdrawal(request, (await params).token);
}
