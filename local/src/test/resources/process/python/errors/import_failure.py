"""Raises while the module is imported: init fails with the exception's own type (RuntimeError)."""
raise RuntimeError("configuration is invalid")
