// The names of a bulk selection's form fields, apart from its parsing (./selection.ts), so that
// the inbox's client form can use them without the server's filters.
/** The form fields of a selection (see components/admin/applications/BulkForm.tsx). */
export const SELECTION_FIELDS = { ticked: "choix", shown: "affichees", scope: "portee", expected: "attendu" } as const;
export const SCOPES = { ticked: "cochees", page: "page", filters: "filtres" } as const;

/** "3 candidatures", "1 candidature". */
export const applicationCount = (count: number) => `${count.toLocaleString("fr-FR")} candidature${count > 1 ? "s" : ""}`;
