"""The EU Digital Services Act on the reference server: notices, statements of reasons, appeals.

docs/dsa.md describes the endpoints, the statement fields and how each is derived, and the
submission state machine. The rest of the server calls in through :mod:`.hooks` only.
"""
