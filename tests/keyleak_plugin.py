"""Placeholder: the key-leak check over the whole suite's log output (owned by the keys work)."""
