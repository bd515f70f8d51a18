"""A Graph Store Protocol endpoint that misbehaves on purpose, for Parley's remote tests.

usage: flaky_gsp.py PORT LOG
Answers PUT /store?graph=IRI: 503 to the first try of each graph, 400 to any graph whose body
contains REJECTME, 204 otherwise. Each request is appended to LOG as one JSON object (graph,
try number, Authorization and Content-Type headers, status).
"""

import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

PORT, LOG = int(sys.argv[1]), sys.argv[2]
tries = {}
lock = threading.Lock()


class Handler(BaseHTTPRequestHandler):
    def do_PUT(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        url = urlparse(self.path)
        graph = parse_qs(url.query).get("graph", [""])[0]
        with lock:
            tries[graph] = tries.get(graph, 0) + 1
            n = tries[graph]
        if url.path != "/store":
            status, text = 404, "no such endpoint"
        elif n == 1:
            status, text = 503, "busy, try again"
        elif b"REJECTME" in body:
            status, text = 400, "rejected: this graph is not welcome"
        else:
            status, text = 204, ""
        with lock, open(LOG, "a", encoding="utf-8") as log:
            log.write(json.dumps({
                "graph": graph,
                "try": n,
                "auth": self.headers.get("Authorization"),
                "type": self.headers.get("Content-Type"),
                "status": status,
            }) + "\n")
        self.send_response(status)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(text)))
        self.end_headers()
        self.wfile.write(text.encode())

    def log_message(self, *args):
        pass


ThreadingHTTPServer(("127.0.0.1", PORT), Handler).serve_forever()
