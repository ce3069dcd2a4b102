/**
 * The bare baseline for event streams: a node:http server that holds Server-Sent Events streams
 * open with a heartbeat and nothing else, so the events bench can say what one stream costs
 * without the framework (bench/suites/events.ts).
 */
import http from "node:http";

const streams = new Set<http.ServerResponse>();
const port = Number(process.env.PORT ?? 3344);

http
  .createServer((request, response) => {
    if (request.url === "/health") return void response.end("ok");
    response.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache, no-transform" });
    response.write("retry: 2000\n: connected\n\n");
    streams.add(response);
    request.on("close", () => streams.delete(response));
  })
  .listen(port, "127.0.0.1");

setInterval(() => streams.forEach((s) => s.write(": heartbeat\n\n")), 15_000).unref();
