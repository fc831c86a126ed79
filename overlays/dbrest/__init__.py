"""dbrest: a typed Python client for the Databricks REST API 1.2, 2.0 and Jobs 2.1.

import dbrest
ws = dbrest.Workspace.from_env()
ws.dbfs.upload("report.csv", "dbfs:/tmp/report.csv", overwrite=True)
"""

from typing import TYPE_CHECKING

# first, before anything imports httpx: its command-line module costs ~100 ms and dbrest never uses it
from . import _httpx_cli  # noqa: F401
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
from .localfs import LocalFileSkipped, UnsafeRemoteName
from .transport import RetryPolicy
from .workspace_client import AsyncWorkspace, Workspace

if TYPE_CHECKING:  # what type checkers see of the lazy names below
    from .clusters import ClusterFailed as ClusterFailed
    from .commands import CommandError as CommandError
    from .commands import CommandFailed as CommandFailed
    from .commands import ContextFailed as ContextFailed
    from .dbfs import DownloadVerificationError as DownloadVerificationError
    from .dbfs import RemoteFileChanged as RemoteFileChanged
    from .dbfs import UploadVerificationError as UploadVerificationError
    from .jobs import RunFailed as RunFailed
    from .libraries import LibraryInstallFailed as LibraryInstallFailed

__version__ = "0.1.0"

# Failure types of the waiters and of DBFS transfers, exported lazily: their modules import generated code, and
# importing dbrest must not (see tests/unit/test_generator.py).
_LAZY = {
    "DownloadVerificationError": "dbfs",
    "RemoteFileChanged": "dbfs",
    "UploadVerificationError": "dbfs",
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
    "DownloadVerificationError",
    "HostNotFound",
    "InternalError",
    "InvalidParameterValue",
    "InvalidState",
    "LibraryInstallFailed",
    "LocalFileSkipped",
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
    "RemoteFileChanged",
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
    "UnsafeRemoteName",
    "UploadVerificationError",
    "Workspace",
]
