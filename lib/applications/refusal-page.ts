import { SERVICE_NAME } from "@/lib/brand";

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/**
 * The page a refused submission answers with (400, 404, 410, 413, 429): the status must
 * reach the client, so it is written here rather than rendered by a route; it stands alone,
 * in the DSFR's colours and its fallback fonts.
 */
// Written by the portal, never from input: inserted as they are.
type Wording = { title: string; heading: string; nothingDone: string };
const SUBMISSION: Wording = {
  title: `Candidature refusée – ${SERVICE_NAME}`,
  heading: "Votre candidature n'a pas été envoyée",
  nothingDone: "Rien n'a été enregistré.",
};

export function refusalPage(status: number, message: string, back: { href: string; label: string }, wording: Wording = SUBMISSION): string {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${wording.title}</title>
<style>
body{margin:0;font-family:Marianne,arial,sans-serif;color:#161616;background:#fff;line-height:1.5}
main{max-width:40rem;margin:4rem auto;padding:0 1rem}
h1{font-size:2rem;line-height:2.5rem}
p.message{border-left:4px solid #ce0500;padding:.5rem 1rem;background:#ffe9e9}
a{color:#000091}
</style>
</head>
<body>
<main>
<h1>${wording.heading}</h1>
<p class="message" role="alert">${escapeHtml(message)}</p>
<p>${wording.nothingDone} <a href="${escapeHtml(back.href)}">${escapeHtml(back.label)}</a></p>
<p><small>Erreur ${status}</small></p>
</main>
</body>
</html>`;
}
