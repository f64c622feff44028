import { describe, expect, it } from "vitest";
import { recruiterNotificationMail } from "./mails";

const posting = { slug: "designer", title: "Designer", contactEmail: "equipe@a.gouv.fr", organisationName: "Équipe A" };
const zoe = { firstName: "Zoé", lastName: "Lefèvre", email: "zoe@exemple.fr", needsReview: false };
const at = new Date("2026-12-04T10:00:00Z");

describe("the notice to the offer's contact", () => {
  it("names the candidate and replies to them", () => {
    const mail = recruiterNotificationMail("k", posting, zoe, at);
    expect(mail).toMatchObject({ to: "equipe@a.gouv.fr", replyTo: "zoe@exemple.fr" });
    expect(mail.text).toContain("Zoé Lefèvre a candidaté le");
  });

  it("names nobody for an offer read blind, and a reply cannot reach the candidate", () => {
    const mail = recruiterNotificationMail("k", { ...posting, blindReview: true }, zoe, at);
    expect(mail.replyTo).toBeNull();
    expect(`${mail.subject}\n${mail.text}`).not.toMatch(/Zoé|Lefèvre|zoe@/);
    expect(mail.text).toContain("Cette offre est lue à l'aveugle : la candidature est anonyme jusqu'à l'entretien.");
  });
});
