"""Starts moto's AWS emulator on 127.0.0.1 with the patches in `patches/` applied.

Usage: python3 aws/emulator/launch.py [--port N]   (0, the default, picks a free port)

Prints one JSON line, {"port": N}, once the server listens, then serves until stdin closes
(its parent, the test run, exited or died), SIGTERM or SIGINT. Only loopback is ever bound.
"""

import argparse
import json
import logging
import os
import signal
import sys
import threading

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from werkzeug.serving import make_server  # noqa: E402

from moto.moto_server.werkzeug_app import (  # noqa: E402
    DomainDispatcherApplication,
    create_backend_app,
)

import patches  # noqa: E402


def exit_when_stdin_closes() -> None:
    """The parent holds our stdin: EOF means it is gone, so no emulator outlives its test run."""
    try:
        while sys.stdin.buffer.read(4096):
            pass
    finally:
        os._exit(0)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()

    patches.apply_all()
    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # no line per request
    app = DomainDispatcherApplication(create_backend_app)
    server = make_server("127.0.0.1", args.port, app, threaded=True)
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: os._exit(0))
    threading.Thread(target=exit_when_stdin_closes, daemon=True).start()
    print(json.dumps({"port": server.server_port}), flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
