/**
 * The header carrying each request's id: set by proxy.ts on the request (so server code and
 * the error hook read it) and on the response (so a visitor or an operator can quote it).
 */
export const REQUEST_ID_HEADER = "x-request-id";
