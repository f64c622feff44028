import type { ReactNode } from "react";
import { formatDate, parisDay } from "@/lib/dates/paris";
import { contractLabel, domainLabels, organisationLabel, remotePolicyLabel } from "@/lib/postings/labels";
import type { PublicPosting } from "@/lib/postings/queries";

function DateText({ date }: { date: Date }) {
  return <time dateTime={parisDay(date)}>{formatDate(date)}</time>;
}

/** A label and the posting's own wording of it, one per line ("CDD" / "18 mois, renouvelable"). */
function withDetail(label: string | null, detail: string | null): ReactNode {
  // "CDI de droit public" already says "CDI": no need to say it twice.
  if (label && detail?.toLowerCase().startsWith(label.toLowerCase())) return detail;
  if (label && detail) {
    return (
      <>
        {label}
        <br />
        {detail}
      </>
    );
  }
  return label ?? detail;
}

function startText(posting: PublicPosting): ReactNode {
  if (posting.startDate) return <DateText date={posting.startDate} />;
  return posting.startDateText;
}

function juniorsText(value: boolean | null): string | null {
  if (value === null) return null;
  return value ? "Oui" : "Non";
}

/** The facts a candidate compares between postings; unknown ones are left out, not shown empty. */
function factsOf(posting: PublicPosting, preview?: boolean): [string, ReactNode][] {
  const facts: [string, ReactNode][] = [
    ["Organisation", organisationLabel(posting.organisation)],
    // Imported teams often repeat the organisation's name: say it once.
    ["Équipe", posting.team === posting.organisation.name ? null : posting.team],
    ["Contrat", withDetail(contractLabel(posting.contractType), posting.contractDetail)],
    ["Durée", posting.duration],
    ["Prise de poste", startText(posting)],
    // A posting given only its communes still says where it is.
    ["Lieu", posting.location ?? (posting.places.map(({ name }) => name).join(", ") || null)],
    ["Télétravail", withDetail(remotePolicyLabel(posting.remotePolicy), posting.remoteDetail)],
    ["Rémunération", posting.pay],
    ["Domaines", posting.domains.map(({ domain }) => domainLabels[domain]).join(", ") || null],
    ["Technologies", posting.technologies.map(({ name }) => name).join(", ") || null],
    ["Profils juniors bienvenus", juniorsText(posting.juniorsWelcome)],
    ["Publiée le", posting.publishedAt && <DateText date={posting.publishedAt} />],
    ["Date limite de candidature", posting.closesAt && <DateText date={posting.closesAt} />],
    [
      "Contact",
      posting.contactEmail && (preview ? posting.contactEmail : <a href={`mailto:${posting.contactEmail}`}>{posting.contactEmail}</a>),
    ],
  ];
  return facts.filter(([, value]) => value !== null && value !== undefined && value !== "");
}

/** In a `preview`, the contact address is text: nothing in a preview leads anywhere. */
export function PostingFacts({ posting, preview }: { posting: PublicPosting; preview?: boolean }) {
  return (
    <section aria-labelledby="offre-en-bref">
      <h2 id="offre-en-bref" className="fr-h5">
        L'offre en bref
      </h2>
      <dl className="fr-mb-0 fr-pl-0">
        {factsOf(posting, preview).map(([label, value]) => (
          <div key={label} className="fr-mb-2w">
            <dt className="fr-text--bold fr-text--sm fr-mb-0">{label}</dt>
            <dd className="fr-text--sm fr-mb-0 fr-pl-0">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
