// A TCP relay between the portal and its database that a spec can cut and restore, to play a
// database outage: refused (the server stopped, connections reset) or silent (a network that
// drops everything, connections left hanging).
import { connect, createServer, type Server, type Socket } from "node:net";

export type Outage = "refused" | "silent";

export interface TcpRelay {
  port: number;
  cut(outage: Outage): Promise<void>;
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpRelay(target: { host: string; port: number }): Promise<TcpRelay> {
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => socket.destroy());
  };
  let silent = false;
  const server: Server = createServer((client) => {
    track(client);
    // A silent network: the connection opens (the kernel accepts it) and nothing ever answers.
    if (silent) return;
    const upstream = connect(target.port, target.host);
    track(upstream);
    client.pipe(upstream).pipe(client);
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
  });
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        server.off("error", reject);
        resolve((server.address() as { port: number }).port);
      });
    });
  const port = await listen(0);
  const stopListening = () => new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve()));
  const destroyAll = () => {
    for (const socket of sockets) socket.destroy();
  };

  return {
    port,
    async cut(outage) {
      if (outage === "refused") {
        destroyAll();
        await stopListening();
      } else {
        silent = true;
        // Established connections stall: bytes in either direction are no longer passed on.
        for (const socket of sockets) {
          socket.unpipe();
          socket.pause();
        }
      }
    },
    async restore() {
      // Stalled connections are dropped, as a network coming back after its peers gave up.
      destroyAll();
      silent = false;
      if (!server.listening) await listen(port);
    },
    async close() {
      destroyAll();
      await stopListening();
    },
  };
}
