"""``AsyncWorkspace.dbfs``: the async DBFS service, with the same verbs and the same guarantees as
:mod:`dbrest.dbfs` (bounded memory, no deletion on failure, size verification). Both are written once, in
``dbrest._async.dbfs``; this module re-exports the async side."""

from ._async.dbfs import AsyncDbfsReader as AsyncDbfsReader
from ._async.dbfs import AsyncDbfsService as AsyncDbfsService
from ._async.dbfs import AsyncDbfsWriter as AsyncDbfsWriter
