// The addresses of back-office pages that carry an id, encoded as the public ones are
// (./public.ts). Plain functions: server pages and client components both build them.
const segment = encodeURIComponent;

export const adminPostingPath = (id: string) => `/admin/offres/${segment(id)}`;

/** Confirms a draft's deletion without JavaScript; with it, a modal asks the same. */
export const deleteDraftPath = (id: string) => `${adminPostingPath(id)}/supprimer`;

export const adminApplicationPath = (id: string) => `/admin/candidatures/${segment(id)}`;

/** Confirms lifting a masked application's anonymity without JavaScript; with it, a modal asks the same. */
export const revealApplicationPath = (id: string) => `${adminApplicationPath(id)}/lever-anonymat`;

/** The communes the offer editor suggests as a recruiter types (`?q=`), as JSON. */
export const COMMUNE_SUGGESTIONS_PATH = "/admin/offres/communes";
