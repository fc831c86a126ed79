"""Contains all the data models used in inputs/outputs

dbrest: models are imported lazily (PEP 562), so importing the package or a service loads only the model
modules that are actually used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .dbfs_add_block_request import DbfsAddBlockRequest
    from .dbfs_create_request import DbfsCreateRequest
    from .dbfs_create_response import DbfsCreateResponse
    from .dbfs_delete_request import DbfsDeleteRequest
    from .dbfs_handle_request import DbfsHandleRequest
    from .dbfs_list_response import DbfsListResponse
    from .dbfs_move_request import DbfsMoveRequest
    from .dbfs_path_request import DbfsPathRequest
    from .dbfs_put_multipart_request import DbfsPutMultipartRequest
    from .dbfs_put_request import DbfsPutRequest
    from .dbfs_read_response import DbfsReadResponse
    from .empty import Empty
    from .error import Error
    from .error_12 import Error12
    from .error_details_item import ErrorDetailsItem
    from .file_info import FileInfo
    from .scim_error import ScimError

_MODULES: dict[str, str] = {
    "DbfsAddBlockRequest": ".dbfs_add_block_request",
    "DbfsCreateRequest": ".dbfs_create_request",
    "DbfsCreateResponse": ".dbfs_create_response",
    "DbfsDeleteRequest": ".dbfs_delete_request",
    "DbfsHandleRequest": ".dbfs_handle_request",
    "DbfsListResponse": ".dbfs_list_response",
    "DbfsMoveRequest": ".dbfs_move_request",
    "DbfsPathRequest": ".dbfs_path_request",
    "DbfsPutMultipartRequest": ".dbfs_put_multipart_request",
    "DbfsPutRequest": ".dbfs_put_request",
    "DbfsReadResponse": ".dbfs_read_response",
    "Empty": ".empty",
    "Error": ".error",
    "Error12": ".error_12",
    "ErrorDetailsItem": ".error_details_item",
    "FileInfo": ".file_info",
    "ScimError": ".scim_error",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_MODULES)


__all__ = (
    "DbfsAddBlockRequest",
    "DbfsCreateRequest",
    "DbfsCreateResponse",
    "DbfsDeleteRequest",
    "DbfsHandleRequest",
    "DbfsListResponse",
    "DbfsMoveRequest",
    "DbfsPathRequest",
    "DbfsPutMultipartRequest",
    "DbfsPutRequest",
    "DbfsReadResponse",
    "Empty",
    "Error",
    "Error12",
    "ErrorDetailsItem",
    "FileInfo",
    "ScimError",
)
