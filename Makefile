# The two commands of the README: `make demo` and `make test`. Both set up .venv first.
VENV ?= .venv
PYTHON ?= python3

.PHONY: demo test setup bench screenshots bundle clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	$(VENV)/bin/pip install -q -e '.[test]'
	# An editable install gets no bytecode from pip, and PYTHONDONTWRITEBYTECODE environments
	# never write it: compile it once, or every start pays about a second compiling the app.
	$(VENV)/bin/python -m compileall -q moderator_app
	touch $@

setup: $(VENV)/.installed

demo: setup
	$(VENV)/bin/moderator-app --demo

test: setup
	VENV=$(VENV) tests/run-all

bench: setup
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python -m pytest tests/benchmarks -s -p no:cacheprovider -m benchmark

bundle: setup
	packaging/build

clean:
	rm -rf $(VENV) build dist
