from __future__ import annotations

import importlib.util
import sys
from pathlib import Path


def _load_settings():  # by path: the module name "settings" is too common to import by name
    name = "aiwarden_django_test_settings"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name("settings.py"))
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


_load_settings().configure()
