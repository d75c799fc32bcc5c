#!/usr/bin/env node
/*
 * A reverse proxy in front of the demo backend that the end-to-end tests can
 * cut: the e2e config (e2e/app-config.e2e.yaml) points the backend's
 * discovery of the tech-insights plugin here, so the maturity backend reads
 * TechInsights through this proxy and nothing else does.
 *
 *   POST /__e2e/outage {"down": true}   every proxied request's connection is
 *                                       reset from now on, like an
 *                                       unreachable host
 *   POST /__e2e/outage {"down": false}  requests are forwarded again
 *   GET  /__e2e/outage                  {"down": …}
 *
 * Plain Node, no dependencies. Started by scripts/e2e.sh in the portal's
 * process group, so it stops with the portal. Listens on FAULT_PROXY_PORT
 * (default 7099) and forwards to FAULT_PROXY_TARGET (default the backend,
 * http://127.0.0.1:7007).
 */
'use strict';

const http = require('node:http');

const PORT = Number(process.env.FAULT_PROXY_PORT ?? 7099);
const TARGET = new URL(
  process.env.FAULT_PROXY_TARGET ?? 'http://127.0.0.1:7007',
);
const CONTROL_PATH = '/__e2e/outage';
/** Control bodies are tiny; anything larger is refused. */
const MAX_CONTROL_BYTES = 1024;

let down = false;

function sendJson(res, status, body) {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

function control(req, res) {
  if (req.method === 'GET') {
    sendJson(res, 200, { down });
    return;
  }
  if (req.method !== 'POST') {
    sendJson(res, 405, { error: `${req.method} is not supported here` });
    return;
  }
  let text = '';
  req.setEncoding('utf8');
  req.on('data', chunk => {
    text += chunk;
    if (text.length > MAX_CONTROL_BYTES) {
      sendJson(res, 413, { error: 'The body is too large' });
      req.destroy();
    }
  });
  req.on('end', () => {
    if (res.writableEnded) return;
    let body;
    try {
      body = JSON.parse(text);
    } catch {
      sendJson(res, 400, { error: 'The body must be JSON: {"down": boolean}' });
      return;
    }
    if (typeof body?.down !== 'boolean') {
      sendJson(res, 400, {
        error: 'Expected {"down": true} or {"down": false}',
      });
      return;
    }
    down = body.down;
    console.log(`fault proxy: ${down ? 'DOWN' : 'up'}`);
    sendJson(res, 200, { down });
  });
}

function forward(req, res) {
  if (down) {
    // No answer at all: the caller sees its connection reset.
    req.socket.destroy();
    return;
  }
  const upstream = http.request(
    {
      protocol: TARGET.protocol,
      hostname: TARGET.hostname,
      port: TARGET.port,
      method: req.method,
      path: req.url,
      headers: req.headers,
    },
    answer => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', error => {
    if (res.headersSent) {
      res.destroy();
    } else {
      sendJson(res, 502, { error: `Upstream failed: ${error.message}` });
    }
  });
  req.pipe(upstream);
}

const server = http.createServer((req, res) => {
  const path = (req.url ?? '').split('?')[0];
  if (path === CONTROL_PATH) control(req, res);
  else forward(req, res);
});

server.listen(PORT, '127.0.0.1', () => {
  console.log(
    `fault proxy: listening on 127.0.0.1:${PORT}, forwarding to ${TARGET.origin}`,
  );
});
