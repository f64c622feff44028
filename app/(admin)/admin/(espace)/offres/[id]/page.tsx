import { Badge } from "@codegouvfr/react-dsfr/Badge";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BlindReviewForm } from "@/components/admin/BlindReviewForm";
import { PostingActions } from "@/components/admin/PostingActions";
import { PostingSyncInfo } from "@/components/admin/PostingSyncInfo";
import { PostingForm } from "@/components/admin/posting-form/PostingForm";
import { ADMIN_STATUS_BADGES } from "@/components/admin/postingStatus";
import { requireActorOrSignIn } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";
import { formValuesOf } from "@/lib/postings/admin/form-values";
import { contactsOf } from "@/lib/postings/contacts";
import { adminStatus, getAdminPosting, getPostingSync, writableOrganisations } from "@/lib/postings/admin/queries";
import { ADMIN_STATUS_LABELS } from "@/lib/postings/labels";
import { postingPath } from "@/lib/urls/public";

export const metadata = { title: "Modifier une offre" };

/** What the redirect after a creation or a copy says; the form's next answer takes its place. */
const NOTICES: Record<string, string> = {
  enregistree: "Brouillon enregistré.",
  copie: "Copie créée : c'est un brouillon, modifiez-la avant de la publier.",
};

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditPostingPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requireActorOrSignIn(`/admin/offres/${encodeURIComponent(id)}`);
  // Another organisation's offer answers as if it did not exist.
  const posting = await getAdminPosting(actor, id);
  if (!posting) notFound();
  const flags = await searchParams;
  const status = adminStatus(posting, new Date());
  const organisations = posting.canWrite ? await writableOrganisations(actor) : [];
  const contacts = contactsOf(posting.contacts);
  const sync = await getPostingSync(actor, posting.id);

  return (
    <>
      <h1>{posting.title}</h1>
      <p>
        <Badge as="span" small noIcon severity={ADMIN_STATUS_BADGES[status]}>
          {ADMIN_STATUS_LABELS[status]}
        </Badge>{" "}
        {status !== "draft" && status !== "scheduled" && <Link href={postingPath(posting.slug)}>Voir la page publique</Link>}{" "}
        <Link href={`/admin/offres/${posting.id}/apercu`}>Aperçu de la version enregistrée</Link>{" "}
        {can(actor, "applications:read", posting.organisationId) && (
          <Link href={`/admin/candidatures?offre=${posting.id}`}>Candidatures à cette offre</Link>
        )}
      </p>
      {contacts.length > 0 && <p>Contacts dans l'équipe : {contacts.join(", ")}</p>}
      {sync && <PostingSyncInfo sync={sync} />}
      {posting.canWrite ? (
        <>
          <PostingActions
            id={posting.id}
            title={posting.title}
            version={posting.version}
            status={status}
            scheduledPublication={!!posting.publishedAt && posting.publishedAt > new Date()}
          />
          <BlindReviewForm id={posting.id} version={posting.version} blindReview={posting.blindReview} />
          <PostingForm
            organisations={organisations}
            initialValues={formValuesOf(posting)}
            posting={{ id: posting.id, version: posting.version }}
            notice={NOTICES[flags.enregistree === "1" ? "enregistree" : flags.copie === "1" ? "copie" : ""]}
          />
        </>
      ) : (
        <p>
          Vous pouvez lire cette offre, pas la modifier.
          {posting.blindReview && " Ses candidatures sont lues à l'aveugle : anonymes jusqu'à l'entretien."}
        </p>
      )}
    </>
  );
}
