// Shared by the header and the footer so that both say the same thing.
export const SERVICE_NAME = "Rejoindre";
export const SERVICE_TAGLINE = "Les offres d'emploi des équipes numériques de l'État";
export const HOME_LINK = { href: "/", title: `Accueil – ${SERVICE_NAME}` } as const;
