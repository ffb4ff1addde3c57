# The two commands of the README: `make demo` and `make test`. Both set up .venv first.
VENV ?= .venv
PYTHON ?= python3

LOCK = packaging/requirements.lock

.PHONY: demo test setup bench fuzz lock faults monkey screenshots bundle clean

# The workstation, the server and the test tools, at the versions of the lock file.
$(VENV)/.installed: pyproject.toml $(LOCK)
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	$(VENV)/bin/pip install -q -c $(LOCK) -e '.[desktop,server,test]'
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

# The large schemathesis run (MODERATOR_SCHEMATHESIS_EXAMPLES per operation, default 100), every
# role, SQLite and (with MODERATOR_TEST_PG_URL) PostgreSQL.
fuzz: setup
	$(VENV)/bin/python -m pytest tests/server/test_schemathesis.py -s -p no:cacheprovider -m benchmark

# Pin what is installed now (after changing pyproject.toml's dependencies): the lock file.
lock: setup
	( echo "# Versions for reproducible installs (pip install -c packaging/requirements.lock ...)."; \
	  echo "# Regenerate with 'make lock' after changing the dependencies in pyproject.toml."; \
	  $(VENV)/bin/pip freeze --exclude-editable | grep -v '^moderator-app' ) > $(LOCK)

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
