// One build, any host (issue 22, point 9), and the demo admin that outlives the demo (point 5):
// the suite's build, made without SITE_URL, served by portals this spec starts itself.
import { expect, test } from "./fixtures";
import { createDb } from "../lib/db/client";
import { createDemoAdminIfNoUser, DEMO_ADMIN_EMAIL } from "../lib/users/demo-admin";
import { createUser } from "../lib/users/create";
import { newestOpenPosting } from "./demo-postings";
import { freshPortalDatabase } from "./fresh-database";
import { freePort, productionEnv, startPortal } from "./portal-process";
import { signInByScript } from "./script-sign-in";

const SITE = "https://recrutement.exemple.gouv.fr";

test.describe.configure({ timeout: 180_000 });

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "sqlite-admin", "une fois suffit : l'adresse publique ne dépend pas de la base");
});

test("les pages en cache, le flux et les liens canoniques suivent le SITE_URL du serveur, pas celui de la compilation", async ({}, testInfo) => {
  const database = await freshPortalDatabase(testInfo, "adresse");
  const port = await freePort();
  const portal = await startPortal(productionEnv({ DATABASE_URL: database.url, SITE_URL: SITE }), port);
  try {
    const home = await (await fetch(`${portal.url}/`)).text();
    expect(home).toContain(`<link rel="canonical" href="${SITE}"/>`);
    expect(home).toContain(`href="${SITE}/flux/offres.atom"`);
    const slug = newestOpenPosting().slug;
    const posting = await (await fetch(`${portal.url}/offres/${slug}`)).text();
    expect(posting).toContain(`<link rel="canonical" href="${SITE}/offres/${slug}"/>`);
    const feed = await (await fetch(`${portal.url}/flux/offres.atom`)).text();
    expect(feed).toContain(`<link rel="self" href="${SITE}/flux/offres.atom"/>`);
    expect(feed).toContain(`${SITE}/offres/${slug}`);
    for (const body of [home, posting, feed]) expect(body).not.toContain("localhost");
  } finally {
    await portal.stop();
    await database.remove();
  }
});

test("sans SITE_URL, les liens suivent le port du serveur", async ({}, testInfo) => {
  const database = await freshPortalDatabase(testInfo, "port");
  const port = await freePort();
  const portal = await startPortal(productionEnv({ DATABASE_URL: database.url, SITE_URL: undefined }), port);
  try {
    const feed = await (await fetch(`${portal.url}/flux/offres.atom`)).text();
    expect(feed).toContain(`<link rel="self" href="http://localhost:${port}/flux/offres.atom"/>`);
    expect(feed).not.toContain("localhost:3000");
  } finally {
    await portal.stop();
    await database.remove();
  }
});

test("tant que le compte de démonstration peut se connecter, chaque démarrage l'écrit au journal et l'espace recruteurs l'affiche", async ({}, testInfo) => {
  const database = await freshPortalDatabase(testInfo, "demo");
  const db = await createDb(database.url);
  const port = await freePort();
  const env = productionEnv({ DATABASE_URL: database.url, SITE_URL: `http://127.0.0.1:${port}`, NEXTAUTH_URL: `http://127.0.0.1:${port}` });
  const BANNER = "Le compte de démonstration est encore actif";
  try {
    await createDemoAdminIfNoUser(db);
    const admin = await createUser(
      db,
      { by: { label: "tests e2e" } },
      { email: "admin-reel@e2e.gouv.fr", name: "Admin", role: "admin", organisationIds: [] },
    );
    if (!admin.ok) throw new Error(admin.message);
    let portal = await startPortal(env, port);
    await expect.poll(() => portal.output()).toContain('"event":"demo_admin.present"');
    const { sessionCookie } = await signInByScript(portal.url, admin, {});
    const adminPage = async () => (await fetch(`${portal.url}/admin`, { headers: { cookie: sessionCookie! } })).text();
    const before = await adminPage();
    expect(before).toContain("Connecté·e");
    expect(before).toContain(BANNER);

    await db.user.update({ where: { email: DEMO_ADMIN_EMAIL }, data: { disabledAt: new Date() } });
    const after = await adminPage();
    expect(after).toContain("Connecté·e");
    expect(after).not.toContain(BANNER);
    await portal.stop();
    portal = await startPortal(env, port);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(portal.output()).not.toContain("demo_admin.present");
    await portal.stop();
  } finally {
    await db.$disconnect();
    await database.remove();
  }
});
