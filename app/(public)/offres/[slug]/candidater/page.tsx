import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { randomUUID } from "node:crypto";
import { cache } from "react";
import { ApplicationForm } from "@/components/applications/ApplicationForm";
import { ReadingColumn } from "@/components/layout/ReadingColumn";
import { env } from "@/lib/config/env";
import { getApplicationTarget } from "@/lib/applications/queries";
import { loadRetry } from "@/lib/applications/retry";
import { applicationSubmitPath, listingPath, postingPath } from "@/lib/urls/public";

// Per visitor: a fresh idempotency key on every render, and the errors of a refused
// submission. The posting page itself stays cached and only links here.
export const dynamic = "force-dynamic";

type FormPageProps = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ reprise?: string | string[] }>;
};

// generateMetadata and the page need the same posting and retry state: one query each.
const loadTarget = cache((slug: string) => getApplicationTarget(slug));
const loadRetryOnce = cache(loadRetry);

async function load({ params, searchParams }: FormPageProps) {
  const target = await loadTarget((await params).slug);
  const token = (await searchParams).reprise;
  const retry = target ? await loadRetryOnce(token, target.id) : null;
  return { target, retry, token: typeof token === "string" ? token : undefined };
}

export async function generateMetadata(props: FormPageProps): Promise<Metadata> {
  const { target, retry } = await load(props);
  if (!target) return { title: "Page non trouvée" };
  const title = `Candidater : ${target.title}`;
  return { title: retry ? `Erreur : ${title}` : title, robots: { index: false } };
}

export default async function ApplicationFormPage(props: FormPageProps) {
  const { target, retry, token } = await load(props);
  if (!target) notFound();
  const postingHref = postingPath(target.slug);

  return (
    <ReadingColumn>
      <Breadcrumb
        currentPageLabel="Candidater"
        homeLinkProps={{ href: "/" }}
        segments={[{ label: target.title, linkProps: { href: postingHref } }]}
      />
      <h1>Candidater : {target.title}</h1>
      <p className="fr-text--lead">{target.organisationName}</p>
      {target.acceptsForm ? (
        <ApplicationForm
          action={applicationSubmitPath(target.slug)}
          idempotencyKey={randomUUID()}
          maxCvBytes={env().CV_MAX_BYTES}
          retryToken={retry ? token : undefined}
          values={retry?.values}
          errors={retry?.errors}
          message={retry?.message}
        />
      ) : (
        <Alert
          severity="info"
          title={target.open ? "Cette offre ne reçoit pas de candidatures ici" : "Cette offre est clôturée"}
          description={
            <>
              {target.open
                ? "L'équipe reçoit les candidatures sur son propre site : le lien est sur la page de l'offre. "
                : "Elle ne reçoit plus de candidatures. "}
              <a href={target.open ? postingHref : listingPath()}>{target.open ? "Revenir à l'offre" : "Voir les offres ouvertes"}</a>
            </>
          }
        />
      )}
    </ReadingColumn>
  );
}
