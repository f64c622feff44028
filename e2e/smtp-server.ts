// The mail server of the end-to-end runs: a real SMTP server (lib/mail/test-smtp-server.ts)
// that the portal's servers send to, and a small HTTP endpoint from which specs read what
// arrived: GET /messages?to=<address> answers the mails to that address, as JSON.
import { createServer } from "node:http";
import { SMTPServer } from "smtp-server";

type Mail = { to: string[]; raw: string };
const received: Mail[] = [];

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => {
      received.push({ to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()), raw: Buffer.concat(chunks).toString("utf8") });
      callback();
    });
  },
});
smtp.listen(Number(process.env.E2E_SMTP_PORT), "127.0.0.1");

createServer((request, response) => {
  const url = new URL(request.url ?? "/", "http://localhost");
  const to = url.searchParams.get("to")?.toLowerCase();
  const mails = url.pathname === "/messages" ? received.filter((m) => !to || m.to.includes(to)) : [];
  response.writeHead(200, { "Content-Type": "application/json" });
  response.end(JSON.stringify(mails));
}).listen(Number(process.env.E2E_SMTP_HTTP_PORT), "127.0.0.1");
