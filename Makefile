# Startpunt Kiosk: `make run` starts the kiosk, `make test` runs every test.
# Both create .venv (Python 3.12 or newer) and install what is needed, nothing by hand.

SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
PYTHON ?= $(shell command -v python3.12 || command -v python3.13 || command -v python3)
STAMP := $(VENV)/.installed
ARGS ?=

.PHONY: run test test-slow lint check translations screenshots bench package lock clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else "Startpunt Kiosk needs Python 3.12 or newer (found " + sys.version.split()[0] + ")")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Exactly the versions in requirements.lock (hash-checked), then the kiosk itself on top.
$(STAMP): pyproject.toml requirements.lock | $(BIN)/python
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	@touch $(STAMP)

# After a change of dependencies in pyproject.toml: pin every package again (uv, hashes).
lock: | $(BIN)/python
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --extra test --extra hq --extra package \
	  --generate-hashes --python-version 3.12 --python-platform x86_64-manylinux_2_34 \
	  --quiet -o requirements.lock

run: $(STAMP)
	$(BIN)/kiosk $(ARGS)

# The suite without the tests marked slow (a crash loop, long fuzzing); test-slow runs those.
test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not slow" $(ARGS)

test-slow: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m slow $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff check kiosk tests bench packaging
	$(BIN)/mypy
	$(BIN)/lint-imports

check: lint test

# Extract UI strings into translations/*.ts, then build the .qm files the kiosk loads.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find kiosk/ui -name '*.py' | sort) -ts translations/kiosk_nl.ts translations/kiosk_fr.ts translations/kiosk_en.ts
	for ts in translations/*.ts; do $(BIN)/pyside6-lrelease $$ts -qm $${ts%.ts}.qm; done

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python docs/make_screenshots.py

bench: $(STAMP)
	for b in bench/*.py; do echo "== $$b"; $(BIN)/python $$b; done

# The standalone Linux build (PyInstaller, packaging/), then started offscreen to its first screen.
package: $(STAMP)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath build/dist --workpath build/pyinstaller packaging/startpunt-kiosk.spec
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/smoke_test.py build/dist/startpunt-kiosk/startpunt-kiosk

clean:
	rm -rf $(VENV) build .pytest_cache .mypy_cache .ruff_cache
