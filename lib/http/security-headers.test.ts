import { describe, expect, it } from "vitest";
import {
  contentSecurityPolicy,
  DOWNLOAD_POLICY,
  isDownload,
  isRenderedPerRequest,
  reachedOverHttps,
  requestIdFor,
  securityHeaders,
} from "./security-headers";

const directive = (policy: string, name: string) => policy.split("; ").find((d) => d.startsWith(`${name} `));

describe("content security policy", () => {
  it("gives pages rendered per request a nonce and strict-dynamic, cached pages no nonce, and never eval", () => {
    const rendered = contentSecurityPolicy({ nonce: "abc", https: false });
    expect(directive(rendered, "script-src")).toMatch(/^script-src 'nonce-abc' 'strict-dynamic' 'sha256-[\w+/=]+'$/);
    const cached = contentSecurityPolicy({ https: false });
    expect(directive(cached, "script-src")).toBe("script-src 'self' 'unsafe-inline'");
    for (const policy of [rendered, cached]) {
      expect(policy).not.toContain("unsafe-eval");
      expect(directive(policy, "frame-ancestors")).toBe("frame-ancestors 'none'");
      expect(directive(policy, "object-src")).toBe("object-src 'none'");
    }
  });

  it("allows eval in development only, where React needs it", () => {
    expect(contentSecurityPolicy({ https: false, development: true })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy({ nonce: "n", https: true, development: false })).not.toContain("'unsafe-eval'");
  });

  it("lets sign-in forms lead to the identity provider only", () => {
    const policy = contentSecurityPolicy({ https: false, formTargets: ["https://idp.example"] });
    expect(directive(policy, "form-action")).toBe("form-action 'self' https://idp.example");
  });

  it("knows which routes render per request", () => {
    for (const path of [
      "/admin",
      "/admin/offres/3",
      "/offres/dev/candidater",
      "/offres/dev/candidater/envoyee",
      "/recherche",
      "/archives",
      "/candidature/retrait/x",
    ]) {
      expect(isRenderedPerRequest(path), path).toBe(true);
    }
    for (const path of ["/", "/liste/2", "/offres/dev", "/offres/dev/candidater/x", "/mentions-legales", "/administration"]) {
      expect(isRenderedPerRequest(path), path).toBe(false);
    }
    expect(isRenderedPerRequest("/", new URLSearchParams("q=dev"))).toBe(true);
    expect(isRenderedPerRequest("/", new URLSearchParams("contrat=cdd&page=2"))).toBe(true);
    expect(isRenderedPerRequest("/", new URLSearchParams("page=2"))).toBe(false);
  });

  it("gives the CV and export routes the download policy, never the page policy that would replace theirs", () => {
    for (const path of ["/admin/candidatures/abc123/cv", "/admin/candidatures/export"]) {
      expect(isDownload(path), path).toBe(true);
      expect(isRenderedPerRequest(path), path).toBe(false);
      expect(securityHeaders({ pathname: path, https: true })).toMatchObject({
        "Content-Security-Policy": "default-src 'none'; sandbox",
        "X-Content-Type-Options": "nosniff",
        "Strict-Transport-Security": expect.any(String),
      });
    }
    for (const path of ["/admin/candidatures", "/admin/candidatures/abc123", "/admin/candidatures/abc123/effacer", "/offres/cv"]) {
      expect(isDownload(path), path).toBe(false);
      expect(securityHeaders({ pathname: path, https: false })["Content-Security-Policy"], path).not.toBe(DOWNLOAD_POLICY);
    }
  });
});

describe("https and HSTS", () => {
  it("trusts X-Forwarded-Proto only behind a declared proxy, and SITE_URL always", () => {
    const headers = new Headers({ "x-forwarded-proto": "https" });
    expect(reachedOverHttps(headers, { trustProxy: 0, siteUrl: "http://portail.example" })).toBe(false);
    expect(reachedOverHttps(headers, { trustProxy: 1, siteUrl: "http://portail.example" })).toBe(true);
    expect(reachedOverHttps(new Headers({ "x-forwarded-proto": "http" }), { trustProxy: 1, siteUrl: "http://portail.example" })).toBe(
      false,
    );
    expect(reachedOverHttps(new Headers(), { trustProxy: 0, siteUrl: "https://portail.example" })).toBe(true);
  });

  it("sends HSTS only over https", () => {
    expect(securityHeaders({ pathname: "/", https: false })).not.toHaveProperty("Strict-Transport-Security");
    expect(securityHeaders({ pathname: "/", https: true })["Strict-Transport-Security"]).toMatch(/max-age=\d{8}/);
  });
});

describe("request ids", () => {
  it("keeps a trusted proxy's id when well formed, and makes one otherwise", () => {
    const given = new Headers({ "x-request-id": "lb-1234" });
    expect(requestIdFor(given, 1)).toBe("lb-1234");
    expect(requestIdFor(given, 0)).not.toBe("lb-1234");
    expect(requestIdFor(new Headers({ "x-request-id": "a b <script>" }), 1)).toMatch(/^[0-9a-f-]{36}$/);
  });
});
