/** The signed-in person's own page: password and open sessions. */
export const ACCOUNT_PATH = "/admin/compte";

/** Where a person enrols their authenticator app. */
export const SECOND_FACTOR_PATH = `${ACCOUNT_PATH}/double-authentification`;

/** Where a person asks for a link to choose a new password. */
export const FORGOTTEN_PASSWORD_PATH = "/admin/mot-de-passe-oublie";
/** The page of such a link, followed by its token. */
export const PASSWORD_RESET_PATH = "/admin/mot-de-passe";

/** The page of an invitation's link, followed by its token: the invitee chooses a password. */
export const INVITATION_PATH = "/admin/invitation";
/** Where an expired invitation's page leads once a new link is asked for: it holds no token. */
export const INVITATION_RENEWED_PATH = `${INVITATION_PATH}/nouveau-lien`;
