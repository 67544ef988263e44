// A tiny static file server for the built app (dist/), on loopback only.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
};

/** Serves `root` under `prefix` (e.g. "/six-rounds/") to prove sub-path hosting works. */
export function serve(root, { port = 0, prefix = "/" } = {}) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, "http://localhost");
    if (!url.pathname.startsWith(prefix)) {
      response.writeHead(404).end("not found");
      return;
    }
    let path = decodeURIComponent(url.pathname.slice(prefix.length)) || "index.html";
    const file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const info = await stat(file);
      const target = info.isDirectory() ? join(file, "index.html") : file;
      const body = await readFile(target);
      response.writeHead(200, {
        "Content-Type": TYPES[extname(target)] ?? "application/octet-stream",
        "Cache-Control": "no-store",
      });
      response.end(body);
    } catch {
      response.writeHead(404).end("not found");
    }
  });
  return new Promise((done) => {
    server.listen(port, "127.0.0.1", () => {
      const address = `http://127.0.0.1:${server.address().port}${prefix}`;
      done({ address, close: () => new Promise((closed) => server.close(closed)) });
    });
  });
}

// Run directly: node scripts/static-server.mjs [dist] [port]
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? "dist";
  const port = Number(process.argv[3] ?? 8080);
  const { address } = await serve(root, { port });
  console.log(`Six Rounds is served at ${address}`);
  console.log("Open it in a browser; stop with Ctrl+C.");
}
