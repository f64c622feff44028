// The mail server of the end-to-end runs: the real SMTP server of the unit tests
// (lib/mail/test-smtp-server.ts) on a known port, that the portal's servers send to, and a small
// HTTP endpoint from which specs read what arrived: GET /messages?to=<address> answers the mails
// to that address, as JSON.
import { createServer } from "node:http";
import { startSmtpServer } from "../lib/mail/test-smtp-server";

const { received } = await startSmtpServer(Number(process.env.E2E_SMTP_PORT));

createServer((request, response) => {
  const url = new URL(request.url ?? "/", "http://localhost");
  const to = url.searchParams.get("to")?.toLowerCase();
  const mails = url.pathname === "/messages" ? received.filter((m) => !to || m.to.some((address) => address.toLowerCase() === to)) : [];
  response.writeHead(200, { "Content-Type": "application/json" });
  response.end(JSON.stringify(mails));
}).listen(Number(process.env.E2E_SMTP_HTTP_PORT), "127.0.0.1");
