import { expect, test } from "./fixtures";
import { createAccount, createOrganisation, signIn } from "./accounts";
import { waitForMail } from "./mailbox";

test("un administrateur invite une recruteuse, qui choisit son mot de passe, rédige, publie, modifie puis clôture une offre", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const organisation = await createOrganisation(testInfo, "Incubateur e2e");
  const other = await createOrganisation(testInfo, "Autre équipe");
  const admin = await createAccount(testInfo, "admin");
  const outsider = await createAccount(testInfo, "recruiter", [other.id]);
  const recruiterEmail = `recruteuse-${Date.now()}@e2e.gouv.fr`;
  const title = `Développeuse ou développeur ${organisation.name}`;

  // The admin invites the recruiter, who chooses her own password through the mail's link.
  await signIn(page, admin);
  await page.getByRole("link", { name: "Utilisateurs" }).click();
  await page.getByRole("textbox", { name: /^Adresse électronique/ }).fill(recruiterEmail);
  await page.getByRole("textbox", { name: "Nom" }).fill("Camille Recrute");
  await page.getByRole("combobox", { name: "Organisation 1", exact: true }).selectOption({ label: organisation.name });
  await page.getByRole("combobox", { name: "Rôle dans l'organisation 1" }).selectOption({ label: "recruteur" });
  await page.getByRole("button", { name: "Envoyer l'invitation", exact: true }).click();
  await expect(page.getByText(`Invitation envoyée à ${recruiterEmail}.`)).toBeVisible();
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page).toHaveURL(/\/admin\/connexion/);
  const [, link] = await waitForMail(recruiterEmail, /(http:\/\/\S+\/admin\/invitation\/[A-Za-z0-9_-]{43})/);
  const password = "tulipe horloge ruisseau 62 ardoise";
  await page.goto(link!);
  await page.getByLabel(/^Nouveau mot de passe/).fill(password);
  await page.getByLabel("Confirmation du nouveau mot de passe").fill(password);
  await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
  await expect(page.getByText("Votre compte est activé")).toBeVisible();

  // The recruiter signs in and writes a draft; the slug comes from the title.
  await signIn(page, { email: recruiterEmail, password }, "/admin/offres");
  await expect(page).toHaveURL(/\/admin\/offres$/);
  await page.getByRole("link", { name: "Rédiger une offre" }).click();
  await page.getByRole("textbox", { name: "Intitulé du poste" }).fill(title);
  await page.getByRole("textbox", { name: "Lieu" }).fill("Paris");
  await page
    .getByRole("textbox", { name: /Texte de l'offre/ })
    .fill("## La mission\n\nConstruire avec l'équipe un service public simple et utile.");
  // The live preview follows the form.
  const preview = page.getByRole("region", { name: "Aperçu, tel que les candidats le verront" });
  await expect(preview.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(preview.getByText("Construire avec l'équipe")).toBeVisible();
  await page.getByRole("button", { name: "Enregistrer le brouillon" }).click();
  await expect(page.getByText("Brouillon enregistré.")).toBeVisible();
  const editUrl = page.url();

  // Preview of the saved version, then publication.
  await page.getByRole("link", { name: "Aperçu de la version enregistrée" }).click();
  await expect(page).toHaveURL(/\/apercu$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await page.getByRole("link", { name: "Revenir à l'offre" }).click();
  await page.getByRole("button", { name: "Publier maintenant" }).click();
  await expect(page.getByText("Offre publiée : elle est en ligne.")).toBeVisible();

  // It shows on the public site at once.
  const publicPage = await browser.newPage();
  await publicPage.goto("/");
  await publicPage.getByRole("link", { name: title, exact: true }).click();
  await expect(publicPage.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const publicUrl = publicPage.url();

  // An edit shows at once too.
  await page.goto(editUrl);
  await page
    .getByRole("textbox", { name: /Texte de l'offre/ })
    .fill("## La mission\n\nTexte revu : rejoindre une équipe qui livre chaque semaine.");
  await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
  await expect(page.getByText("Modifications enregistrées.")).toBeVisible();
  await publicPage.goto(publicUrl);
  await expect(publicPage.getByText("Texte revu : rejoindre une équipe")).toBeVisible();

  // Another organisation's recruiter cannot open it.
  const intruder = await browser.newPage();
  await signIn(intruder, outsider);
  const response = await intruder.goto(editUrl);
  expect(response?.status()).toBe(404);
  await expect(intruder.getByText(title)).toHaveCount(0);

  // Closing takes it off the public list; its page says it is closed.
  await page.reload();
  await page.getByRole("button", { name: "Clôturer" }).click();
  await expect(page.getByText("Offre clôturée")).toBeVisible();
  await publicPage.goto("/");
  await expect(publicPage.getByRole("link", { name: title, exact: true })).toHaveCount(0);
  await publicPage.goto(publicUrl);
  await expect(publicPage.getByRole("heading", { name: "Cette offre est clôturée" })).toBeVisible();
});

test("une sauvegarde faite sur une version périmée est refusée avec un message clair", async ({ browser }, testInfo) => {
  const organisation = await createOrganisation(testInfo);
  const recruiter = await createAccount(testInfo, "recruiter", [organisation.id]);
  const [first, second] = [await browser.newPage(), await browser.newPage()];
  await signIn(first, recruiter, "/admin/offres/nouvelle");
  await first.getByRole("textbox", { name: "Intitulé du poste" }).fill(`Offre partagée ${organisation.name}`);
  await first.getByRole("textbox", { name: /Texte de l'offre/ }).fill("Un texte assez long pour être enregistré.");
  await first.getByRole("button", { name: "Enregistrer le brouillon" }).click();
  await expect(first.getByText("Brouillon enregistré.")).toBeVisible();

  await signIn(second, recruiter, new URL(first.url()).pathname);
  await second.getByRole("textbox", { name: "Lieu" }).fill("Lyon");
  await second.getByRole("button", { name: "Enregistrer les modifications" }).click();
  await expect(second.getByText("Modifications enregistrées.")).toBeVisible();

  await first.getByRole("textbox", { name: "Lieu" }).fill("Marseille");
  await first.getByRole("button", { name: "Enregistrer les modifications" }).click();
  await expect(first.getByText(/modifiée par quelqu'un d'autre/)).toBeVisible();
  // What was typed is still there, and the colleague's edit is kept.
  await expect(first.getByRole("textbox", { name: "Lieu" })).toHaveValue("Marseille");
  await second.reload();
  await expect(second.getByRole("textbox", { name: "Lieu" })).toHaveValue("Lyon");
});

test("la connexion refuse pareillement une adresse inconnue et un mauvais mot de passe", async ({ page }, testInfo) => {
  const account = await createAccount(testInfo, "admin");
  for (const [email, password] of [
    ["personne@e2e.gouv.fr", account.password],
    [account.email, "pas le bon"],
  ]) {
    await page.goto("/admin/connexion");
    await page.getByRole("textbox", { name: "Adresse électronique" }).fill(email!);
    await page.getByRole("textbox", { name: "Mot de passe" }).fill(password!);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page.getByText("Adresse électronique ou mot de passe incorrect.")).toBeVisible();
  }
  const cookies = await page.context().cookies();
  expect(cookies.find((c) => c.name.endsWith("next-auth.session-token"))).toBeUndefined();
});

test("le cookie de session est HttpOnly, SameSite=Lax et dure 8 heures au plus", async ({ page }, testInfo) => {
  await signIn(page, await createAccount(testInfo, "admin"));
  const session = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  expect(session!.expires - Date.now() / 1000).toBeLessThanOrEqual(8 * 3600);
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page).toHaveURL(/\/admin\/connexion/);
  expect((await page.goto("/admin/offres"))?.url()).toMatch(/\/admin\/connexion/);
});

test("un recruteur importe des fichiers markdown et lit le compte rendu par fichier", async ({ page }, testInfo) => {
  const organisation = await createOrganisation(testInfo);
  await signIn(page, await createAccount(testInfo, "recruiter", [organisation.id]), "/admin/import");
  const title = `Product owner importé ${organisation.name}`;
  await page.getByLabel("Fichiers markdown des offres").setInputFiles([
    {
      name: "offre.md",
      mimeType: "text/markdown",
      buffer: Buffer.from(
        `---\ntitle: ${title}\nequipe: ${organisation.name}\ncontrat: CDI\nopen: true\nhumeur: joyeuse\n---\n\nPiloter le produit avec les usagers.\n`,
      ),
    },
    { name: "sans-entete.md", mimeType: "text/markdown", buffer: Buffer.from("Juste du texte.") },
  ]);
  await page.getByRole("button", { name: "Importer" }).click();
  await expect(page.getByText("2 fichier(s) : 1 importé(s), 0 mis à jour, 1 rejeté(s).")).toBeVisible();
  const report = page.getByRole("table", { name: "Compte rendu par fichier" });
  await expect(report.getByRole("row", { name: /offre\.md Importée/ })).toContainText("humeur");
  await expect(report.getByRole("row", { name: /sans-entete\.md Rejetée/ })).toContainText("Motif");
  await report.getByRole("link", { name: /\/offres\// }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
});
