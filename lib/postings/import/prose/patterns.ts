// Pieces of patterns several prose readers share, written for folded text (lowercase, no accents).

/** A count written in figures or in words ("6", "trois", "douze", "dix-huit"). */
export const COUNT =
  "(?:\\d{1,2}(?:[,.]\\d)?|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|dix[- ]huit|vingt[- ]quatre|trente[- ]six)";

/** A length of time: "6 mois", "3 ans", "4 à 6 mois", "un an", "deux années", "18 mois renouvelables". */
export const LENGTH = `${COUNT}(?:\\s*(?:a|-|–|ou)\\s*${COUNT})?\\s*(?:mois|ans?|annees?|semaines?)(?:\\s+renouvelables?(?:\\s+(?:une fois|\\d+ fois|jusqu'a ${COUNT} (?:mois|ans?)))?)?`;

export const MONTH = "(?:(?:mois de |mois d')?(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre))";

/** Years as figures, the only "number" that names a year. */
export const YEAR = "(?:20\\d\\d)";

/**
 * Words that make a sentence about a trip or the past, never about where or how the post is
 * held: "déplacements ponctuels à Lyon", "créée à Marseille en 2018".
 */
export const TRIP_OR_HISTORY =
  /\b(?:deplacements?|se deplacer|se rendre|voyages?|seminaires?|salons?|visites?|tournee|cree|creee|crees|fondee?s?|nee?s?|lancee?s?|historiquement|auparavant|a l'origine|ancien(?:ne)?s?|precedemment|etait|etaient|avait|avaient)\b/;

/** People other than the one recruited ("nos deux développeurs en CDI", "des freelances"). */
export const OTHER_PEOPLE =
  /\b(?:nos|vos|leurs?|ses|d'autres|autres|des|les|plusieurs|collegues|membres|agents|salaries|personnes|developpeu\w*s|designers|coachs|intrapreneu\w*s|equipiers|consultante?s|stagiaires|alternante?s)\s+(?:\S+\s+){0,2}$/;
