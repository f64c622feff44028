import "server-only";
import { receiveTokenConfirmation } from "@/lib/applications/rights/withdraw-request";
import { SERVICE_NAME } from "@/lib/brand";
import { getDb } from "@/lib/db/client";
import { POOL_WITHDRAWN_PATH, poolWithdrawalPath } from "@/lib/urls/public";
import { withdrawPoolConsent } from "./withdrawal";

/** POST /candidature/vivier/retrait/<token>/confirmer: the candidate confirms, as for an application's withdrawal. */
export async function receivePoolWithdrawal(request: Request, token: string): Promise<Response> {
  return receiveTokenConfirmation(request, token, {
    pagePath: poolWithdrawalPath,
    donePath: POOL_WITHDRAWN_PATH,
    run: async (token) => withdrawPoolConsent(await getDb(), token),
    refusal: {
      title: `Accord non retiré – ${SERVICE_NAME}`,
      heading: "Votre accord pour le vivier n'a pas été retiré",
      nothingDone: "Rien n'a changé.",
      backLabel: "Revenir à la page de retrait",
    },
  });
}
