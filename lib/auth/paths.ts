/** The sign-in page, where every private page sends a visitor without a session. */
export const SIGN_IN_PATH = "/admin/connexion";
