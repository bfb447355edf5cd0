"""The package version (imported by modules that name it, so none imports the package root)."""

__version__ = "0.1.0"
