# The two commands: `make run` sets up and starts CoachDesk, `make test` sets up and runs
# the whole suite. Both create .venv and install what is needed themselves.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
TS     := $(wildcard resources/translations/*.ts)
QM     := $(TS:.ts=.qm)

.PHONY: run test venv translations lint bench screenshots clean dist

run: $(STAMP) translations
	$(PY) -m coachdesk $(ARGS)

test: $(STAMP) translations lint
	$(PY) -m pytest $(PYTEST_ARGS)

venv: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "CoachDesk needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,dev]'
	@touch $(STAMP)

translations: $(QM)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

lint: $(STAMP)
	$(VENV)/bin/ruff check coachdesk tests tools
	$(VENV)/bin/ruff format --check coachdesk tests tools

# Needs Debian's xvfb (apt-get install xvfb): a real X server without a screen.
screenshots: $(STAMP) translations
	xvfb-run -a -s "-screen 0 1280x860x24" $(PY) tools/screenshots.py $(ARGS)

# Builds the L and XL practices once (cached in ~/.cache/coachdesk-bench by seed and generator
# version), runs tests/bench and writes bench/results.json and bench/results.md.
bench: $(STAMP)
	$(PY) -m pytest tests/bench -p no:cacheprovider -q -o timeout=3600 -o faulthandler_timeout=0 $(PYTEST_ARGS)

# The Linux one-folder app in dist/coachdesk/ and dist/coachdesk-VERSION-linux-ARCH.tar.gz;
# installers/smoke-test.sh then proves it runs and encrypts. Windows and macOS: installers/*/.
DIST_STAMP := $(VENV)/.dist-installed
$(DIST_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,dev,dist]'
	@touch $(DIST_STAMP)

dist: $(DIST_STAMP) translations
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath build/pyinstaller installers/coachdesk.spec
	installers/linux/package.sh dist/coachdesk

clean:
	rm -rf $(VENV) build dist *.egg-info resources/translations/*.qm
