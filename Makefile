# Two commands for a newcomer (see README.md):
#   make output   build output/ from seeds/
#   make test     run the whole test suite
# Each creates .venv from the lock file and installs the Debian packages it needs first.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: output test system-deps lock golden readme bench schema clean

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

# WeasyPrint needs Pango and a font; the tests need pdftotext/pdftoppm and Chromium.
system-deps:
	@bash .ci/system-deps

output: system-deps $(STAMP)
	$(BIN)/timeline build seeds -o output

test: system-deps $(STAMP)
	$(BIN)/python -m pytest

# Regenerate the lock file after changing dependencies in pyproject.toml.
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet -e '.[test]'
	( echo "# Pinned dependencies of timeline and its tests: regenerate with 'make lock'."; \
	  .lock-venv/bin/pip freeze --exclude-editable ) > requirements.lock
	rm -rf .lock-venv

# Regenerate the golden files the renderer tests compare against.
golden: $(STAMP)
	$(BIN)/python tests/render/update_golden.py

# Re-run the shell sessions shown in README.md and paste in what they print now.
readme: $(STAMP)
	$(BIN)/python tests/readme_sessions.py

schema: $(STAMP)
	$(BIN)/timeline schema -o schema/timeline.schema.json

bench: system-deps $(STAMP)
	$(BIN)/python benchmarks/tempeval.py
	$(BIN)/python benchmarks/scale.py
	$(BIN)/python benchmarks/render.py

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis
