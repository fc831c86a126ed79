"""dbrest: a typed Python client for the Databricks REST API 1.2, 2.0 and Jobs 2.1.

import dbrest
ws = dbrest.Workspace.from_env()
ws.dbfs.upload("report.csv", "dbfs:/tmp/report.csv", overwrite=True)
"""

from .config import Config
from .errors import (
    BadRequest,
    CertificateError,
    ConfigurationError,
    ConnectionRefused,
    DatabricksError,
    DirectoryNotEmpty,
    HostNotFound,
    InternalError,
    InvalidParameterValue,
    InvalidState,
    MalformedRequest,
    MaxSizeExceeded,
    NetworkError,
    NotImplementedByServer,
    OperationFailed,
    OperationTimeout,
    PartialDelete,
    PermissionDenied,
    ProxyFailure,
    QuotaExceeded,
    RequestTimeout,
    ResourceAlreadyExists,
    ResourceDoesNotExist,
    ResponseTooLarge,
    TemporarilyUnavailable,
    TLSError,
    TooManyRequests,
    Unauthenticated,
    UnexpectedResponse,
)
from .transport import RetryPolicy
from .workspace_client import AsyncWorkspace, Workspace

__version__ = "0.1.0"

# Failure types of the waiters, exported lazily: their modules import generated models, and importing dbrest
# must not (see tests/unit/test_generator.py).
_LAZY = {
    "ClusterFailed": "clusters",
    "RunFailed": "jobs",
    "ContextFailed": "commands",
    "CommandFailed": "commands",
    "CommandError": "commands",
    "LibraryInstallFailed": "libraries",
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'dbrest' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f"dbrest.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "AsyncWorkspace",
    "BadRequest",
    "CertificateError",
    "ClusterFailed",
    "CommandError",
    "CommandFailed",
    "Config",
    "ConfigurationError",
    "ConnectionRefused",
    "ContextFailed",
    "DatabricksError",
    "DirectoryNotEmpty",
    "HostNotFound",
    "InternalError",
    "InvalidParameterValue",
    "InvalidState",
    "LibraryInstallFailed",
    "MalformedRequest",
    "MaxSizeExceeded",
    "NetworkError",
    "NotImplementedByServer",
    "OperationFailed",
    "OperationTimeout",
    "PartialDelete",
    "PermissionDenied",
    "ProxyFailure",
    "QuotaExceeded",
    "RequestTimeout",
    "ResourceAlreadyExists",
    "ResourceDoesNotExist",
    "ResponseTooLarge",
    "RetryPolicy",
    "RunFailed",
    "TLSError",
    "TemporarilyUnavailable",
    "TooManyRequests",
    "Unauthenticated",
    "UnexpectedResponse",
    "Workspace",
]
