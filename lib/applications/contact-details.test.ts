import { describe, expect, it } from "vitest";
import { REMOVED, removeContactDetails } from "./contact-details";

const lea = { firstName: "Léa", lastName: "Le Bihan-Martin" };

describe("removing contact details", () => {
  it("removes addresses, phone numbers and links, and keeps the rest of the text", () => {
    const text = [
      "Contact : lea.lebihan@exemple.fr, +33 6 12 34 56 78 ou 02.99.12.34.56",
      "https://www.linkedin.com/in/lea-lbm et github.com/lea-lbm, site lea-design.dev",
      "12 bis rue des Lilas",
      "35000 Rennes",
      "Expériences : Node.js, Vue.js, 2019-2023, budget de 45000 euros",
      "Tél. (UK) +44 20 7946 0958",
    ].join("\n");
    const cleaned = removeContactDetails(text, lea);
    expect(cleaned).not.toMatch(/lebihan@|12 34 56|99\.12|linkedin|github|lea-design|Lilas|Rennes|7946/);
    expect(cleaned).toContain(`Contact : ${REMOVED.email}, ${REMOVED.phone} ou ${REMOVED.phone}`);
    expect(cleaned).toContain(`${REMOVED.link} et ${REMOVED.link}, site ${REMOVED.link}`);
    expect(cleaned.split("\n").slice(2, 4)).toEqual([REMOVED.address, REMOVED.address]);
    expect(cleaned).toContain("Expériences : Node.js, Vue.js, 2019-2023, budget de 45000 euros");
  });

  it("removes the candidate's names whatever their case and accents, never a word that only contains them", () => {
    const cleaned = removeContactDetails("LEA LE BIHAN-MARTIN\nlea bihan, Martin.\nMartine et Léandre ; le projet", lea);
    expect(cleaned).toBe(`${REMOVED.name}\n${REMOVED.name} ${REMOVED.name}, ${REMOVED.name}.\nMartine et Léandre ; le projet`);
  });

  it("leaves a text without contact details as it is", () => {
    expect(removeContactDetails("Designer, 5 ans d'expérience.", lea)).toBe("Designer, 5 ans d'expérience.");
  });
});
