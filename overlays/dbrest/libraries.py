"""``ws.libraries``: the generated Libraries operations plus ``wait_installed`` and ``install_and_wait``.

A library goes PENDING → RESOLVING → INSTALLING → INSTALLED | FAILED | SKIPPED (api-inventory §2.7); the
waiter polls ``libraries/cluster-status`` until none of the libraries it watches is still on its way, and
raises with every failed library's messages (the Maven or pip error a person needs to fix it).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from .errors import OperationFailed

if TYPE_CHECKING:
    from dbrest_client.models.libraries_cluster_library_statuses import LibrariesClusterLibraryStatuses
    from dbrest_client.models.library import Library
    from dbrest_client.models.library_full_status import LibraryFullStatus

LIBRARY_TIMEOUT = 30 * 60.0
#: Still on the way to a final status.
IN_PROGRESS = frozenset({"PENDING", "RESOLVING", "INSTALLING"})
Callback = Callable[["LibrariesClusterLibraryStatuses"], None]


class LibraryInstallFailed(OperationFailed):
    """At least one library ended FAILED; ``failed`` holds their LibraryFullStatus (with ``messages``)."""

    def __init__(self, message: str, failed: list[LibraryFullStatus], statuses: LibrariesClusterLibraryStatuses):
        super().__init__(message)
        self.failed = failed
        self.statuses = statuses


def _key(library: Library | Any) -> str:
    import json

    return json.dumps(library.to_dict(), sort_keys=True)


def label(library: Library | Any) -> str:
    """``pypi:requests==2.31`` / ``jar:dbfs:/x.jar``: a library as a person writes it."""
    data = library.to_dict()
    for kind, value in data.items():
        if isinstance(value, dict):
            main = value.get("package") or value.get("coordinates") or value
            return f"{kind}:{main}"
        return f"{kind}:{value}"
    return "library:?"


def _status(s: LibraryFullStatus) -> str:
    from dbrest_client.types import Unset

    return "" if isinstance(s.status, Unset) else str(s.status)


def _watched(page: LibrariesClusterLibraryStatuses, wanted: set[str] | None) -> tuple[list[LibraryFullStatus], int]:
    """The statuses to watch and how many wanted libraries are not listed yet."""
    from dbrest_client.types import Unset

    statuses = [] if isinstance(page.library_statuses, Unset) else page.library_statuses
    if wanted is None:
        return statuses, 0
    chosen = [s for s in statuses if not isinstance(s.library, Unset) and _key(s.library) in wanted]
    return chosen, len(wanted) - len({_key(s.library) for s in chosen})


def describe(page: LibrariesClusterLibraryStatuses) -> str:
    from dbrest_client.types import Unset

    statuses = [] if isinstance(page.library_statuses, Unset) else page.library_statuses
    return ", ".join(f"{label(s.library)} {_status(s)}" for s in statuses) or "no libraries"


def install_done(
    cluster_id: str, libraries: Sequence[Library] | None
) -> Callable[[LibrariesClusterLibraryStatuses], bool]:
    """The end condition of ``wait_installed``: a check of one ``cluster-status`` page that is true once none of
    ``libraries`` (None: all of the cluster's) is on its way or still unlisted, and raises
    :class:`LibraryInstallFailed` when one of them FAILED. Public: the sync and async services share it, and its
    decision is tested on status pages of its own."""
    wanted = {_key(lib) for lib in libraries} if libraries is not None else None

    def done(page: LibrariesClusterLibraryStatuses) -> bool:
        watched, missing = _watched(page, wanted)
        if any(_status(s) in IN_PROGRESS for s in watched) or missing:
            return False
        failed = [s for s in watched if _status(s) == "FAILED"]
        if failed:
            lines = "; ".join(f"{label(s.library)}: {' '.join(s.messages or []) or 'no message'}" for s in failed)
            raise LibraryInstallFailed(
                f"{len(failed)} librar{'y' if len(failed) == 1 else 'ies'} failed to install on cluster "
                f"{cluster_id}: {lines}. Fix the coordinates or the repository, uninstall the failed "
                "libraries and restart the cluster before installing again.",
                failed,
                page,
            )
        return True

    return done


# The services, after what they import from here (see dbrest._async).
from ._async.libraries import AsyncLibrariesService as AsyncLibrariesService  # noqa: E402
from ._sync.libraries import LibrariesService as LibrariesService  # noqa: E402
