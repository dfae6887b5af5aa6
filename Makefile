# The README's two commands: `make demo` and `make test`.
PYTHON ?= python3
PIP_STAMP := .install.stamp

.PHONY: install demo test browser bench gazetteer

$(PIP_STAMP): setup.cfg pyproject.toml
	$(PYTHON) -m pip install --quiet -e '.[test]'
	touch $(PIP_STAMP)

install: $(PIP_STAMP)

# Debian's chromium drives the browser tests and PNG export (Playwright's own download cannot work offline).
browser:
	@command -v chromium >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

demo: install browser
	geo-idlib resolve --near "Ma'arrat an Nu'man" "Saraqeb" "Kafr Nubl" "Maarat al Numan" "Jisr Al-Shqour" "Khan Cheikhoun" "سراقب" "Dana" "Jabala"
	geo-idlib map examples/events_demo.csv -o maps/idlib_demo.html --offline --embed --png maps/idlib_demo.png --title "Air war in Idlib, 2017-2020: events on the public record"

test: install browser
	$(PYTHON) -m pytest -q

bench: install
	$(PYTHON) bench/gazetteer.py

gazetteer: install
	geo-idlib gazetteer build
