// What an attacker without the right session tries: framework bypasses, RSC variants of
// admin URLs, server actions replayed with someone else's ids or posted from another site.
import { expect, test, type APIRequestContext, type Page } from "./fixtures";
import { createAccount, createOrganisation, signIn } from "./accounts";

async function draftOf(page: Page, title: string): Promise<{ url: string; id: string }> {
  await page.goto("/admin/offres/nouvelle");
  await page.getByRole("textbox", { name: "Intitulé du poste" }).fill(title);
  await page.getByRole("textbox", { name: /Texte de l'offre/ }).fill("Un brouillon confidentiel, jamais publié.");
  await page.getByRole("button", { name: "Enregistrer le brouillon" }).click();
  await expect(page.getByText("Brouillon enregistré.")).toBeVisible();
  const url = new URL(page.url()).pathname;
  return { url, id: url.split("/")[3]! };
}

async function bodyOf(request: APIRequestContext, path: string, headers: Record<string, string> = {}) {
  const response = await request.get(path, { headers, maxRedirects: 0 });
  return { status: response.status(), body: await response.text(), location: response.headers().location ?? "" };
}

test("les contournements connus ne donnent rien de privé à un visiteur sans session", async ({ page, playwright }, testInfo) => {
  const organisation = await createOrganisation(testInfo);
  await signIn(page, await createAccount(testInfo, "recruiter", [organisation.id]));
  const secret = `Brouillon secret ${organisation.name}`;
  const draft = await draftOf(page, secret);

  const anonymous = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  const attempts: [string, Record<string, string>][] = [
    [draft.url, {}],
    [draft.url, { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" }],
    [draft.url, { "x-middleware-subrequest": "src/middleware:proxy:middleware:proxy:middleware" }],
    [`${draft.url}.rsc`, { RSC: "1" }],
    [`${draft.url}?_rsc=abcde`, { RSC: "1", "Next-Router-State-Tree": "%5B%22%22%5D" }],
    [`/admin/offres?_rsc=x`, { RSC: "1" }],
    [`/admin/offres/${draft.id}/apercu`, { "x-middleware-subrequest": "middleware" }],
  ];
  for (const [path, headers] of attempts) {
    const { body } = await bodyOf(anonymous, path, headers);
    expect(body, `${path} ${JSON.stringify(headers)}`).not.toContain(secret);
    expect(body).not.toContain("Un brouillon confidentiel");
  }
  await anonymous.dispose();
});

// Set aside (fixme) on 2 December: editing the hidden id in the browser raced with the page's
// rendering (2 runs in 4 sent the page's own id). The refusal it checks is proven through the
// real server action on both backends by lib/admin/boundary.test.ts ("answers another
// organisation's offer exactly as an unknown one"); this browser replay must come back at the
// HTTP level, replaying the captured action request with the other id.
test.fixme("une action serveur rejouée avec l'identifiant d'une offre d'une autre organisation est refusée", async ({
  browser,
}, testInfo) => {
  const [mine, theirs] = [await createOrganisation(testInfo), await createOrganisation(testInfo)];
  const owner = await browser.newPage();
  await signIn(owner, await createAccount(testInfo, "recruiter", [theirs.id]));
  const target = await draftOf(owner, `Offre de l'autre équipe ${theirs.name}`);

  // The intruder opens their own draft, then replays its "publish" action with the other id.
  const intruder = await browser.newPage();
  await signIn(intruder, await createAccount(testInfo, "recruiter", [mine.id]));
  const own = await draftOf(intruder, `Mon offre ${mine.name}`);
  await intruder.goto(own.url);
  // The id is changed and the form sent in one step: a re-render in between cannot put it back.
  await intruder.locator(`form:has(button:text-is("Publier maintenant"))`).evaluate((form, id) => {
    (form.querySelector('input[name="id"]') as HTMLInputElement).value = id;
    (form as HTMLFormElement).requestSubmit(form.querySelector("button") as HTMLButtonElement);
  }, target.id);
  // Another organisation's offer answers as one that does not exist: nothing says it is there.
  await expect(intruder.getByText("Cette offre n'existe pas ou plus.")).toBeVisible({ timeout: 15_000 });

  await owner.reload();
  await expect(owner.getByText("Brouillon", { exact: true })).toBeVisible();
  const publicPage = await browser.newPage();
  expect((await publicPage.goto(`/offres/${target.url.split("/").pop()}`))?.status()).toBe(404);
});

test("un POST d'action serveur venu d'une autre origine est refusé", async ({ page, request }, testInfo) => {
  const organisation = await createOrganisation(testInfo);
  await signIn(page, await createAccount(testInfo, "recruiter", [organisation.id]));
  const draft = await draftOf(page, `Offre visée ${organisation.name}`);

  // Capture a genuine "publish" request, then send it again as another site would.
  const [captured] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]),
    page.getByRole("button", { name: "Publier maintenant" }).click(),
  ]);
  await expect(page.getByText("Offre publiée")).toBeVisible();
  await page.getByRole("button", { name: "Clôturer" }).click();
  await expect(page.getByText("Offre clôturée")).toBeVisible();
  const version = await page.locator('form:has(button:text-is("Rouvrir")) input[name="version"]').inputValue();

  const cookies = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const body = (captured.postData() ?? "")
    .replace(/(name="\w*version"\r\n\r\n)\d+/, `$1${version}`)
    .replace(/(name="\w*transition"\r\n\r\n)publish/, "$1reopen");
  expect(body).toContain("reopen");
  const replay = (origin: string) => request.post(draft.url, { headers: { ...captured.headers(), cookie: cookies, origin }, data: body });
  const foreign = await replay("https://attaquant.example");
  expect(foreign.status()).toBeGreaterThanOrEqual(400);
  await page.reload();
  await expect(page.getByRole("button", { name: "Rouvrir" })).toBeVisible();

  // The same request from the portal's own origin goes through: the origin alone made the difference.
  const own = await replay(new URL(page.url()).origin);
  expect(own.status()).toBe(200);
  await page.reload();
  await expect(page.getByRole("button", { name: "Clôturer" })).toBeVisible();
});
