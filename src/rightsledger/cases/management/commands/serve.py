from __future__ import annotations

import logging
import os
import subprocess
import threading
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

logger = logging.getLogger("rightsledger.jobs")


class Command(BaseCommand):
    help = (
        "Serve Rightsledger with gunicorn, a production-grade WSGI server, and start a job "
        "worker beside it (restarted if it ends, stopped with the server)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default="127.0.0.1",
                            help="Address to listen on (default: 127.0.0.1, this machine only).")  # fmt: skip
        parser.add_argument("--port", type=int, default=8000,
                            help="Port to listen on (default: 8000).")  # fmt: skip
        parser.add_argument("--workers", type=int, default=2,
                            help="Web server processes (default: 2).")  # fmt: skip
        parser.add_argument("--threads", type=int, default=4,
                            help="Threads of each web server process (default: 4).")  # fmt: skip
        parser.add_argument(
            "--jobs", type=int, default=1, metavar="N",
            help="Background jobs run at once by the worker started beside the server "
                 "(default: 1); 0 starts none (run 'rightsledger worker' elsewhere).",
        )  # fmt: skip

    def handle(self, *args: Any, **options: Any) -> None:
        if not 0 < options["port"] < 65536:
            raise CommandError(f"port must be between 1 and 65535, got {options['port']}")
        if not 0 <= options["jobs"] <= 64:
            raise CommandError(f"--jobs must be between 0 and 64, got {options['jobs']}")
        from gunicorn.app.base import BaseApplication

        from rightsledger.staging import sweep
        from rightsledger.wsgi import application

        # Uploads left behind by an earlier run (refused, cut off, never confirmed).
        if removed := sweep():
            self.stdout.write(f"removed {len(removed)} staged uploads left behind")
        bind = f"{options['host']}:{options['port']}"

        class Server(BaseApplication):
            def load_config(self) -> None:
                self.cfg.set("bind", bind)
                self.cfg.set("workers", options["workers"])
                self.cfg.set("threads", options["threads"])
                self.cfg.set("accesslog", "-")
                self.cfg.set("timeout", 120)

            def load(self) -> Any:
                return application

        worker = JobWorker(options["jobs"]) if options["jobs"] else None
        self.stdout.write(f"Serving on http://{bind}/")
        self.stdout.flush()
        try:
            Server().run()
        finally:
            if worker is not None:
                worker.stop()


class JobWorker:
    """``rightsledger worker`` as a child of the server: restarted if it ends, stopped with it.

    The worker also stops by itself when this process is gone (``--stop-with``), even killed.
    """

    def __init__(self, concurrency: int) -> None:
        from rightsledger.jobs.worker import start_worker_process

        self._start = lambda: start_worker_process(concurrency, stop_with=os.getpid())
        self.process = self._start()
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._mind, daemon=True, name="serve-job-worker")
        self.thread.start()

    def _mind(self) -> None:
        while not self.stopping.wait(2):
            if self.process.poll() is not None and not self.stopping.is_set():
                logger.warning("the job worker ended (status %s): starting it again",
                               self.process.returncode)  # fmt: skip
                self.process = self._start()

    def stop(self) -> None:
        self.stopping.set()
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
