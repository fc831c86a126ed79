"""The mock's services: every module here defines Service subclasses; each is instantiated once per mock."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from typing import Any

from ..service import Env, Request, Service


def service_classes() -> list[type[Service]]:
    found: list[type[Service]] = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        for _, obj in inspect.getmembers(module, inspect.isclass):
            if issubclass(obj, Service) and obj is not Service and obj.__module__ == module.__name__:
                found.append(obj)
    return found


def load_services(env: Env) -> dict[str, Callable[[Request], Any]]:
    """Instantiate every service into ``env.services`` and return operationId -> handler."""
    handlers: dict[str, Callable[[Request], Any]] = {}
    for cls in service_classes():
        svc = cls(env)
        env.services[cls.name] = svc
    for svc in env.services.values():
        for op_id, fn in svc.operations().items():
            if op_id in handlers:
                raise RuntimeError(f"operation {op_id} is handled twice")
            handlers[op_id] = fn
    return handlers
