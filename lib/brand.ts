// The service as every page, feed and mail names it (header, footer, feeds, the 503 page).
export const SERVICE_NAME = "Rejoindre";
// How mails sign off.
export const SERVICE_SIGNATURE = `${SERVICE_NAME}, le portail de recrutement des équipes numériques de l'État`;
export const SERVICE_TAGLINE = "Les offres d'emploi des équipes numériques de l'État";
export const HOME_LINK = { href: "/", title: `Accueil – ${SERVICE_NAME}` } as const;
