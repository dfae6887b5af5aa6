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
	geo-idlib map examples/reports/2018-01-21-frontline-airbase.txt --control gazetteer/control_2017.csv --control examples/control/ --to 2018-03-31 --offline -o maps/front_2018.html --png maps/front_2018.png --at 2017-10-01,2018-01-29,2018-03-24 --size 2400x1000 --title "The north-west in 2018: Abu al-Duhur, the Islamic State pocket and Afrin"
	geo-idlib frontline gazetteer/control_2017.csv examples/control/ -o maps/fronts.gpkg --table-out maps/fronts_control.csv
	geo-idlib map --control gazetteer/control_2017.csv --control examples/control/ --flows examples/flows_demo.csv --from 2019-05-01 --to 2019-12-31 --offline -o maps/front_2019.html --png maps/front_2019.png --at 2019-05-01,2019-05-26,2019-08-23 --size 2400x1000 --title "Southern Idlib and northern Hama: the 2019 offensive and the flight north"
	geo-idlib map examples/reports/ --control gazetteer/control_2017.csv --control examples/control/ --from 2019-12-01 --to 2020-03-31 --roads --offline -o maps/front_2020.html --png maps/front_2020.png --at 2019-12-01,2020-02-09,2020-03-06 --size 2400x1000 --title "Maarat al-Numan, Saraqib and the M5: the front to the March 2020 ceasefire"

test: install browser
	$(PYTHON) -m pytest -q

bench: install browser
	$(PYTHON) bench/startup.py
	$(PYTHON) bench/gazetteer.py
	$(PYTHON) bench/extract.py
	$(PYTHON) bench/maps.py

gazetteer: install
	geo-idlib gazetteer build
