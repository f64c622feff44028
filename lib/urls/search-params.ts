// The URL parameter of each search filter, in the order the form shows them. Apart from the
// search itself: the proxy reads them to tell a search ("/?q=…", rendered per request) from
// the cached home page, without loading the search code (next.config.js lists them again).
export const FILTER_PARAMS = ["q", "organisation", "domaine", "contrat", "lieu", "teletravail", "juniors"] as const;
