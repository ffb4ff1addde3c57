# The two commands of the README: `make demo` and `make test`. Both set up .venv first.
VENV ?= .venv
PYTHON ?= python3

.PHONY: demo test setup bench faults monkey screenshots bundle clean

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

# The fault suite in full: at least 100 randomized iterations, and its table (every bad column 0).
faults: setup
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python tests/faults/run_faults.py --iterations $${ITERATIONS:-108}

# The keyboard monkey in full: thousands of random keys on the real window.
monkey: setup
	MODERATOR_MONKEY_KEYS=$${KEYS:-4000} QT_QPA_PLATFORM=offscreen $(VENV)/bin/python -m pytest \
		tests/views/test_keyboard_monkey.py -s -p no:cacheprovider --timeout 3600

bundle: setup
	packaging/build

clean:
	rm -rf $(VENV) build dist
