"""dbrest: a typed Python client for the Databricks REST API 1.2, 2.0 and Jobs 2.1.

import dbrest
ws = dbrest.Workspace.from_env()
ws.dbfs.upload("report.csv", "dbfs:/tmp/report.csv", overwrite=True)
"""

from .config import Config
from .errors import (
    BadRequest,
    ConfigurationError,
    DatabricksError,
    InternalError,
    InvalidParameterValue,
    InvalidState,
    MalformedRequest,
    OperationFailed,
    OperationTimeout,
    PermissionDenied,
    ResourceAlreadyExists,
    ResourceDoesNotExist,
    TemporarilyUnavailable,
    TooManyRequests,
    Unauthenticated,
)
from .transport import RetryPolicy
from .workspace_client import AsyncWorkspace, Workspace

__version__ = "0.1.0"

__all__ = [
    "AsyncWorkspace",
    "BadRequest",
    "Config",
    "ConfigurationError",
    "DatabricksError",
    "InternalError",
    "InvalidParameterValue",
    "InvalidState",
    "MalformedRequest",
    "OperationFailed",
    "OperationTimeout",
    "PermissionDenied",
    "ResourceAlreadyExists",
    "ResourceDoesNotExist",
    "RetryPolicy",
    "TemporarilyUnavailable",
    "TooManyRequests",
    "Unauthenticated",
    "Workspace",
]
