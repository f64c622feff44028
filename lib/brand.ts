// The service as every page, feed and mail names it (header, footer, feeds, the 503 page).
export const SERVICE_NAME = "Rejoindre";
export const SERVICE_TAGLINE = "Les offres d'emploi des équipes numériques de l'État";
export const HOME_LINK = { href: "/", title: `Accueil – ${SERVICE_NAME}` } as const;
