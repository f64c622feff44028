import { describe, expect, it } from "vitest";
import {
  applicationFormPath,
  applicationSentPath,
  applicationSubmitPath,
  listingPath,
  organisationFeedPath,
  postingPath,
  withdrawalConfirmPath,
  withdrawalPath,
} from "./public";

describe("addresses of the public pages", () => {
  it("builds the posting's pages from its slug", () => {
    expect(postingPath("developpeuse-back-end")).toBe("/offres/developpeuse-back-end");
    expect(applicationFormPath("dev")).toBe("/offres/dev/candidater");
    expect(applicationSubmitPath("dev")).toBe("/offres/dev/candidater/envoi");
    expect(applicationSentPath("dev")).toBe("/offres/dev/candidater/envoyee");
    expect(applicationFormPath("dev", "abc_-1")).toBe("/offres/dev/candidater?reprise=abc_-1");
  });

  it("encodes every part taken from data, so that none can change the path", () => {
    expect(postingPath("a/../../admin?x=1#y")).toBe("/offres/a%2F..%2F..%2Fadmin%3Fx%3D1%23y");
    expect(applicationFormPath("é t", "a&b=c")).toBe("/offres/%C3%A9%20t/candidater?reprise=a%26b%3Dc");
    expect(organisationFeedPath("beta/../x")).toBe("/flux/organisations/beta%2F..%2Fx.atom");
    expect(withdrawalPath("t/x")).toBe("/candidature/retrait/t%2Fx");
    expect(withdrawalConfirmPath("tok")).toBe("/candidature/retrait/tok/confirmer");
  });

  it("keeps a search and its page in the lists' addresses", () => {
    expect(listingPath()).toBe("/");
    expect(listingPath("archive")).toBe("/archives");
    expect(listingPath("open", {}, 3)).toBe("/?page=3");
    expect(listingPath("archive", { q: "data & co", contract: "FIXED_TERM" }, 2)).toBe("/archives?q=data+%26+co&contrat=cdd&page=2");
  });
});
