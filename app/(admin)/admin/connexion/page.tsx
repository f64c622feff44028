import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { FORGOTTEN_PASSWORD_PATH } from "@/lib/account/paths";
import { SignInForm } from "@/components/auth/SignInForm";
import { ReadingColumn } from "@/components/layout/ReadingColumn";
import { SERVICE_NAME } from "@/lib/brand";
import { env } from "@/lib/config/env";
import { currentActor } from "@/lib/auth/current";
import { proConnectEnabled } from "@/lib/auth/proconnect";
import { safeReturnPath } from "@/lib/auth/return-to";

export const metadata: Metadata = { title: "Connexion à l'espace recruteurs", robots: { index: false } };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const returnTo = safeReturnPath(params.callbackUrl);
  if (await currentActor()) redirect(returnTo);
  const error = typeof params.error === "string" ? params.error : null;
  return (
    <ReadingColumn>
      <h1>Connexion à l'espace recruteurs</h1>
      <p>Réservé aux équipes qui publient des offres sur {SERVICE_NAME} et suivent les candidatures.</p>
      <SignInForm returnTo={returnTo} initialError={error} proConnect={proConnectEnabled(env())} />
      <p className="fr-mt-3w">
        <Link className="fr-link" href={FORGOTTEN_PASSWORD_PATH}>
          Mot de passe oublié ?
        </Link>
      </p>
    </ReadingColumn>
  );
}
