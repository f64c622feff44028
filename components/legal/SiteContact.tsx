import { env } from "@/lib/config/env";

// The operator's contact address is a deployment setting (CONTACT_EMAIL, read when the page
// is built); without it, the legal pages point to each posting's own contact, which is true
// of every instance.

/** Ends a sentence such as "Vous pouvez écrire …". */
export function SiteContact() {
  const email = env().CONTACT_EMAIL;
  if (email) {
    return (
      <>
        à l'équipe du service, à l'adresse <a href={`mailto:${email}`}>{email}</a>
      </>
    );
  }
  return <>à l'équipe qui a publié l'offre concernée, à l'adresse de contact indiquée sur l'offre</>;
}
