import { describe, expect, it } from "vitest";
import { needsDatabase, unavailableResponse } from "./unavailable";

const request = (method: string, url: string, referer: string | null = null) => ({
  method,
  url: new URL(url),
  host: new URL(url).host,
  referer,
});

describe("the 503 answered while the database is unreachable", () => {
  it("spares only what answers without the database", () => {
    for (const path of ["/api/health", "/api/health/ready", "/robots.txt", "/_next/image"]) expect(needsDatabase(path)).toBe(false);
    for (const path of ["/", "/offres/x", "/admin", "/api/v1/offres", "/sitemap.xml", "/api/health/../auth"])
      expect(needsDatabase(path)).toBe(true);
  });

  it("is a French page for a visitor, with Retry-After and no caching, linking back to the page asked", async () => {
    const response = unavailableResponse(request("GET", "https://rejoindre.example/offres?q=a%22b"), "req-1");
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("30");
    expect(response.headers.get("cache-control")).toBe("no-store");
    const html = await response.text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<a href="/offres?q=a%22b">Réessayer</a>');
    expect(html).not.toContain("n'a pas été enregistré");
  });

  it("tells a form sender that nothing was recorded, and sends them back to the form of this site only", async () => {
    const fromForm = await unavailableResponse(
      request("POST", "https://rejoindre.example/offres/x/candidater/envoi", "https://rejoindre.example/offres/x/candidater"),
      "r",
    ).text();
    expect(fromForm).toContain("n'a pas été enregistré");
    expect(fromForm).toContain('<a href="/offres/x/candidater">Réessayer</a>');
    const fromElsewhere = await unavailableResponse(
      request("POST", "https://rejoindre.example/offres/x/candidater/envoi", 'https://evil.example/"><script>'),
      "r",
    ).text();
    expect(fromElsewhere).toContain('<a href="/">Réessayer</a>');
  });

  it("answers the programming interface in JSON", async () => {
    const response = unavailableResponse(request("GET", "https://rejoindre.example/api/v1/offres"), "r");
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    expect(await response.json()).toEqual({ erreur: expect.stringContaining("indisponible") });
  });
});
