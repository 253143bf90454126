# Two commands reproduce everything on a machine with Python 3.11-3.13, pip and make:
#   make report   execute every notebook in order (in place) and write figures/
#   make test     run the package tests and strict nbval on the notebooks
# Both create .venv and install the project into it when needed; for another
# interpreter: make test PYTHON=python3.13 VENV=.venv-3.13

PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help setup report test lab export bench evaluate html test-browser clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,scale]'
	$(PY) -m analysis.lab --setup
	touch $(STAMP)

setup: $(STAMP) ## create .venv and install the project with its dev tools

CORPUS ?=
EVENT  ?=
OUT    ?= output/$(notdir $(patsubst %/,%,$(or $(CORPUS),$(EVENT))))

report: $(STAMP) ## execute every notebook in order and write figures/ (EVENT=events/NAME and/or CORPUS=dir: into OUT)
ifeq ($(strip $(CORPUS)$(EVENT)),)
	$(PY) -m analysis report
else
	$(PY) -m analysis report $(if $(strip $(CORPUS)),--corpus '$(CORPUS)') $(if $(strip $(EVENT)),--event '$(EVENT)') --out '$(OUT)'
endif

test: $(STAMP) ## ruff (lint and format check), pytest on tests/ and strict nbval on notebooks/
	$(MAKE) --no-print-directory lint VENV=$(VENV)
	$(PY) -m pytest tests
	$(PY) -m pytest --nbval --nbval-current-env notebooks

.PHONY: lint
lint: $(STAMP) ## ruff: lint and format check of analysis/, tests/ and the notebooks' code cells
	$(VENV)/bin/ruff check analysis tests notebooks; status=$$?; \
	$(VENV)/bin/ruff format --check analysis tests notebooks && exit $$status

lab: $(STAMP) ## open JupyterLab on the repository root, at the first notebook
	$(PY) -m analysis.lab

export: $(STAMP) ## write the annotation tables of seeds/ as CSV to output/
	$(PY) -m analysis export --corpus seeds --out output

html: $(STAMP) ## render every notebook and an index page as a static site under build/
	$(PY) -m analysis.site

test-browser: $(STAMP) ## install Chromium (Debian package) if missing; check the site and JupyterLab in it
	command -v chromium >/dev/null || (apt-get update -q && apt-get install -y -q chromium)
	$(PY) -m pytest tests/test_site.py tests/test_lab.py

SPLIT ?=

evaluate: $(STAMP) ## measure the extractors against the hand reading: seeds, dev and test (SPLIT=test: one split)
	$(PY) -m analysis evaluate $(if $(strip $(SPLIT)),--split $(SPLIT))

bench: $(STAMP) ## time the export on corpora scaled up from the seeds: 1 core, all cores, Dask (BENCH_SIZES="1000 10000")
	$(PY) -m analysis.bench --dask

clean: ## remove the virtual environment and caches
	rm -rf $(VENV) .pytest_cache build output
