// Health checks as a load balancer or an orchestrator reads them, on the standalone server the
// suite runs (npm start), against each backend.
import { expect, test } from "./fixtures";

test("/api/health dit que le processus répond, sans cache", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("no-store");
  expect(await response.json()).toEqual({ status: "ok" });
});

test("/api/health/ready dit que la base répond et que toutes les migrations sont appliquées", async ({ request }) => {
  const response = await request.get("/api/health/ready");
  expect(await response.json()).toEqual({ ready: true, database: "ok", missingMigrations: [] });
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("no-store");
});
