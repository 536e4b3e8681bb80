# Two commands: `make run` and `make test`. Everything else here serves them.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export RIGHTSLEDGER_HOME ?= $(CURDIR)/data
HOST ?= 127.0.0.1
PORT ?= 8000
PG_URL ?= postgres://postgres@127.0.0.1:5432/rightsledger
CHROMIUM ?= /usr/bin/chromium

.PHONY: run test install install-run lint typecheck pytest-sqlite pytest-postgres system-packages bench clean

$(BIN)/activate:
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11 or newer is needed"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Reinstall only when the dependency list or the pins change. Running needs the package and
# its dependencies alone; the development tools (linters, test runners, moto, schemathesis,
# Playwright, the Spark extra) come with `make test`.
$(VENV)/.installed-run: $(BIN)/activate pyproject.toml constraints.txt
	$(BIN)/pip install --quiet -c constraints.txt -e .
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed-run
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev]'
	touch $@

install-run: $(VENV)/.installed-run
install: $(VENV)/.installed-dev

# The server and, beside it, a job worker running JOBS jobs at once (`rightsledger serve`
# starts it, restarts it if it ends and stops it with the server).
JOBS ?= 1
run: install-run
	@mkdir -p -m 700 "$(RIGHTSLEDGER_HOME)"
	@test -s "$(RIGHTSLEDGER_HOME)/admin-password" || \
	  (umask 077; $(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(12))' \
	    > "$(RIGHTSLEDGER_HOME)/admin-password")
	$(BIN)/rightsledger init --username admin --password-file "$(RIGHTSLEDGER_HOME)/admin-password"
	$(BIN)/rightsledger demo --owner admin
	@echo
	@echo "  Rightsledger: http://$(HOST):$(PORT)/"
	@echo "  Log in as 'admin' with the password in $(RIGHTSLEDGER_HOME)/admin-password:"
	@echo "    $$(cat "$(RIGHTSLEDGER_HOME)/admin-password")"
	@echo
	$(BIN)/rightsledger serve --host $(HOST) --port $(PORT) --jobs $(JOBS)

# Debian packages the tests need: Chromium drives the browser tests (Playwright's own
# download cannot work here), Tesseract does OCR of image evidence, libmagic names file types,
# Java 17 runs Spark for the Spark linkage test.
SYSTEM_PACKAGES := chromium tesseract-ocr libmagic1 openjdk-17-jre-headless gettext
system-packages:
	@missing=$$(for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq $$missing >/dev/null; \
	  else echo "Install Debian's packages: sudo apt-get install $$missing"; exit 1; fi; fi

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: install
	$(BIN)/mypy

TEST_HOME := $(CURDIR)/test-output/home

pytest-sqlite: install system-packages
	RIGHTSLEDGER_HOME=$(TEST_HOME) $(BIN)/pytest -n 2 --dist loadfile

# On PostgreSQL too where a server is reachable; on CI (CI=true) it is mandatory.
pytest-postgres: install
	@if pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null || [ -n "$$DATABASE_URL" ]; then \
	  DATABASE_URL=$${DATABASE_URL:-$(PG_URL)} RIGHTSLEDGER_HOME=$(TEST_HOME) \
	    $(BIN)/pytest -n 2 --dist loadfile -m "not browser and not own_database and not spark" ; \
	elif [ "$$CI" = "true" ]; then echo "PostgreSQL is required on CI but not reachable"; exit 1; \
	else echo "PostgreSQL not reachable at 127.0.0.1:5432: PostgreSQL tests skipped"; fi

test: lint typecheck pytest-sqlite pytest-postgres

bench: install
	@echo "Benchmarks: see bench/README.md"

clean:
	rm -rf $(VENV) test-output
