"""`ecograph serve`: a read-only SPARQL 1.1 Protocol endpoint over the store.

The Oxigraph server (PyPI `oxigraph`) answers, run as `oxigraph serve-read-only`
on a private loopback port. It refuses updates by itself, but it does run
SERVICE clauses, fetching from any URL a query names; so a thin guard in front
checks every query with the same rules as `ecograph query` before passing it on.
"""

from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import ThreadingHTTPServer
from pathlib import Path
from threading import Thread
from typing import IO

from ecograph.errors import QueryError
from ecograph.serve_guard import make_handler


@dataclass(frozen=True, slots=True)
class Endpoint:
    """A running endpoint: `url` of its SPARQL service (also answers at /sparql)."""

    url: str
    backend: str


def oxigraph_binary() -> str:
    """Return the path of the `oxigraph` server installed with the package (venv first)."""
    found = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which(
        "oxigraph"
    )
    if found is None:
        raise QueryError("the oxigraph server is not installed", fix="pip install oxigraph==0.5.13")
    return found


def free_port(host: str = "127.0.0.1") -> int:
    """Return a TCP port nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


@contextmanager
def running(
    store_dir: Path,
    *,
    host: str = "127.0.0.1",
    port: int = 7878,
    allow_service: bool = False,
    timeout: float = 60.0,
) -> Iterator[Endpoint]:
    """Run the endpoint while the block runs: the Oxigraph server and the guard before it."""
    if not store_dir.is_dir():
        raise QueryError(
            f"no store at {store_dir}",
            fix="run `ecograph run corpus/ --out outputs/` first, or pass the folder with --store",
        )
    with _oxigraph(store_dir, timeout=timeout) as backend:
        guard = _bind(
            host, port, make_handler(backend, allow_service=allow_service, timeout=timeout)
        )
        Thread(target=guard.serve_forever, daemon=True).start()
        try:
            yield Endpoint(f"http://{_url_host(host)}:{guard.server_address[1]}/query", backend)
        finally:
            guard.shutdown()
            guard.server_close()


@contextmanager
def _oxigraph(store_dir: Path, *, timeout: float) -> Iterator[str]:
    """Run `oxigraph serve-read-only` on a free loopback port; yield its base URL."""
    port = free_port()
    command = [oxigraph_binary(), "serve-read-only", "--location", str(store_dir)]
    command += ["--bind", f"127.0.0.1:{port}", "--union-default-graph"]
    command += ["--timeout-s", str(max(1, round(timeout)))]
    # Its messages go to a file: a pipe nobody reads would fill up and block the server.
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=log)
        try:
            _wait_until_up(process, f"http://127.0.0.1:{port}", log)
            yield f"http://127.0.0.1:{port}"
        finally:
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def serve(store_dir: Path, *, on_ready: Callable[[Endpoint], None], **options: object) -> None:
    """Run the endpoint until Ctrl-C or SIGTERM; `on_ready` is called once it answers."""
    # SIGTERM would end Python without cleanup and leave the Oxigraph server running.
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        with running(store_dir, **options) as endpoint:  # type: ignore[arg-type]
            on_ready(endpoint)
            while True:
                time.sleep(3600)
    except KeyboardInterrupt:
        return
    finally:
        signal.signal(signal.SIGTERM, previous)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _bind(host: str, port: int, handler: type) -> ThreadingHTTPServer:
    try:
        server = ThreadingHTTPServer((host, port), handler)
    except OSError as e:
        raise QueryError(
            f"cannot listen on {host}:{port}: {e.strerror}", fix="pick --port N"
        ) from e
    server.daemon_threads = True
    return server


def _wait_until_up(
    process: subprocess.Popen[bytes], url: str, log: IO[bytes], *, within: float = 30.0
) -> None:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log.seek(0)
            lines = log.read().decode(errors="replace").strip().splitlines()
            # Oxigraph prints "Error: ..." first, then a backtrace.
            last = next((x for x in lines if x.startswith("Error")), lines[0] if lines else "?")
            raise QueryError(f"the oxigraph server stopped: {last}", fix="check the --store folder")
        try:
            with urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise QueryError("the oxigraph server did not answer in 30 s", fix="try again")


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host
