"""A stand-in translation server on 127.0.0.1 for the translation stage's tests.

Usage: standin.py MODE LOG. Prints the port it listens on, then serves until killed. Every request
body is appended to LOG as one JSON line. MODE says how it misbehaves:

  ok          answers every sentence (with the required renderings when given)
  drop-id     a batch answer leaves out its last id
  dup-id      a batch answer repeats its first id
  echo        a batch answer echoes the Chinese back
  think       a batch answer starts with <think> reasoning
  remark      every answer is a remark ("I am not sure what you mean.")
  miss-terms  the first answer lacks the required renderings; a strict request (RULE:) has them
  hang        never answers within 30 s
  429         the first request gets 429 with Retry-After: 1, then answers
  500         always 500
  malformed   the body is not JSON
"""
import json
import signal
import sys
import time
import http.server
import threading

MODE, LOG = sys.argv[1], sys.argv[2]
# A test runner's threads block signals, and a child inherits the mask: take SIGTERM again.
signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGTERM, signal.SIGINT])
lock = threading.Lock()
state = {"requests": 0}


def english(sentence_id, required, strict):
    words = "Translated sentence %s" % sentence_id
    if required and (MODE != "miss-terms" or strict):
        words += " on " + " and ".join(r["en"] for r in required)
    return words + "."


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def reply(self, status, body, headers=()):
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self):
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        with lock:
            state["requests"] += 1
            count = state["requests"]
            with open(LOG, "ab") as log:
                log.write(raw.replace(b"\n", b" ") + b"\n")
        if MODE == "hang":
            time.sleep(30)
        if MODE == "500":
            return self.reply(500, {"error": "stand-in failure"})
        if MODE == "429" and count == 1:
            return self.reply(429, {"error": "slow down"}, [("Retry-After", "1")])
        if MODE == "malformed":
            return self.reply(200, b"not json{")
        body = json.loads(raw)
        if self.path.endswith("/translate"):
            q = body["q"]
            return self.reply(200, {"translatedText": ["EN " + x for x in q]})
        if self.path.endswith("/completions") and "messages" not in body:
            return self.reply(200, {"choices": [{"index": 0, "text": " A base-model answer."}]})
        content = body["messages"][-1]["content"]
        strict = "RULE:" in content
        last = content.strip().splitlines()[-1]
        if last.startswith("["):
            sentences = json.loads(last)
            answers = {s["id"]: english(s["id"], s.get("required", []), strict) for s in sentences}
            text = json.dumps(answers, ensure_ascii=False)
            if MODE == "drop-id":
                answers.pop(sentences[-1]["id"])
                text = json.dumps(answers, ensure_ascii=False)
            elif MODE == "dup-id":
                first = sentences[0]["id"]
                text = text[:-1] + ', "%s": "again"}' % first
            elif MODE == "echo":
                text = json.dumps({s["id"]: s["zh"] for s in sentences}, ensure_ascii=False)
            elif MODE == "think":
                text = "<think>The user wants a translation.</think>" + text
        else:
            required = []
            for line in content.splitlines():
                if "renderings" in line and ":" in line:
                    listed = line.split(":", 1)[1].strip().rstrip(".")
                    required = [{"en": pair.split(" = ", 1)[1]} for pair in listed.split("; ") if " = " in pair]
            text = english("alone", required, strict)
        if MODE == "remark":
            text = "I am not sure what you mean."
        return self.reply(200, {"choices": [{"index": 0, "message": {"role": "assistant", "content": text}}]})

    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
