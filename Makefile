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
	geo-idlib map examples/reports/ -o maps/idlib_reports.html --events-out maps/idlib_reports_events.csv --offline --roads --embed --png maps/idlib_reports.png --title "Reports of the air war in Idlib: the bundled examples"
	geo-idlib map examples/reports/ examples/events_demo.csv -o maps/idlib_demo.html --offline --roads --embed --png maps/idlib_demo.png --title "Air war in Idlib, 2017-2020: events on the public record"
	geo-idlib map examples/reports/2018-01-21-frontline-airbase.txt --control examples/control/abu_duhur_2018.csv --roads --offline -o maps/front_2018.html --png maps/front_2018.png --title "South-east Idlib: the front before and after January 2018"
	geo-idlib frontline examples/control/abu_duhur_2018.csv -o maps/front_2018.gpkg
	geo-idlib map --control examples/control/southern_idlib_2019.csv --flows examples/flows_demo.csv --from 2019-05-01 --to 2019-12-31 --roads --offline -o maps/front_2019.html --png maps/front_2019.png --title "Southern Idlib and northern Hama: the 2019 offensive and the flight north"

test: install browser
	$(PYTHON) -m pytest -q

bench: install browser
	$(PYTHON) bench/startup.py
	$(PYTHON) bench/gazetteer.py
	$(PYTHON) bench/extract.py
	$(PYTHON) bench/maps.py

gazetteer: install
	geo-idlib gazetteer build
