// The physical limit of the benchmark: a bare Node HTTP server answering every request with
// the home page's exact bytes from memory (brotli-compressed once when the client accepts it).
// Usage: node limit-server.mjs <port> <file>
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { brotliCompressSync } from "node:zlib";

const [port, file] = process.argv.slice(2);
const identity = readFileSync(file);
const brotli = brotliCompressSync(identity);
const headers = { "content-type": "text/html; charset=utf-8" };

createServer((request, response) => {
  if (/\bbr\b/.test(request.headers["accept-encoding"] ?? "")) {
    response.writeHead(200, { ...headers, "content-encoding": "br", "content-length": brotli.length });
    response.end(brotli);
  } else {
    response.writeHead(200, { ...headers, "content-length": identity.length });
    response.end(identity);
  }
}).listen(Number(port), "127.0.0.1", () => console.log(`limite prête sur ${port}`));
