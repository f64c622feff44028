import { describe, expect, it } from "vitest";
import { newWithdrawalToken } from "@/lib/applications/rights/withdrawal-token";
import { withdrawalPath } from "@/lib/urls/public";
import { withoutPersonalLinks } from "./personal-links";

describe("the text the outbox keeps of a sent mail", () => {
  it("has the withdrawal link erased, and everything else as it was", () => {
    const { token } = newWithdrawalToken();
    const text = `Votre lien : https://rejoindre.test${withdrawalPath(token)}\nL'offre : https://rejoindre.test/offres/dev`;
    const kept = withoutPersonalLinks(text);
    expect(kept).not.toContain(token);
    expect(kept).toBe(
      "Votre lien : https://rejoindre.test/candidature/retrait/[lien personnel, effacé après l'envoi]\nL'offre : https://rejoindre.test/offres/dev",
    );
  });

  it("leaves the withdrawal pages that hold no token alone", () => {
    expect(withoutPersonalLinks("https://rejoindre.test/candidature/retrait/effectue")).toBe(
      "https://rejoindre.test/candidature/retrait/effectue",
    );
  });

  it("has an invitation's link erased too", () => {
    const token = "a".repeat(43);
    expect(withoutPersonalLinks(`Activez votre compte : https://rejoindre.test/admin/invitation/${token}`)).toBe(
      "Activez votre compte : https://rejoindre.test/admin/invitation/[lien personnel, effacé après l'envoi]",
    );
  });
});
