import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".map": "application/json",
  ".css": "text/css",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * Serves a built `dist/` and the runtime `config.json` (at /config.json and beside the
 * harness page) — what the browser tests and the harness benchmark load. node:http is
 * enough for static files; no framework needed.
 */
export async function serveStatic(root: string, config: (cookie: string | undefined) => unknown, port = 0): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    if (path.endsWith("/config.json")) {
      response.writeHead(200, { "content-type": TYPES[".json"]!, "cache-control": "no-store" });
      response.end(JSON.stringify(config(request.headers.cookie)));
      return;
    }
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) return void response.writeHead(404).end("not found");
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.address();
  const actual = typeof address === "object" && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actual}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
