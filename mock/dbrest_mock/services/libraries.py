"""Libraries API 2.0: per-cluster libraries whose installation follows the cluster's life cycle.

Rules (api-inventory §1.4, §2.7): a library is exactly one of jar, egg, whl, pypi, maven, cran and (later,
databricks-sdk 0.162.0 ``Library.requirements``) requirements, the path of a requirements.txt (else
INVALID_PARAMETER_VALUE); a ``whl`` must end in ``.whl`` or ``.wheelhouse.zip``; Maven coordinates are
``groupId:artifactId:version`` (or with a packaging/classifier part). An unknown cluster gives 400
INVALID_PARAMETER_VALUE "Cluster <id> does not exist", like the Clusters API; ``install`` on a TERMINATING or
TERMINATED cluster gives INVALID_STATE (the documented "this call fails if the cluster is terminated").

A jar, egg or whl on ``dbfs:/`` that does not exist fails while resolving: FAILED, with Databricks'
FileNotFoundException message (it stays FAILED until uninstalled; a restart retries it).

Life cycle: an installed library is PENDING; while the cluster is RUNNING (or RESIZING) it goes RESOLVING
after ``libraries.pending`` (realistic 2 s, fast 0.1 s), INSTALLING after ``libraries.resolve`` (5 s / 0.1 s)
and INSTALLED after ``libraries.install`` (10 s / 0.1 s); on a starting cluster it waits in PENDING until the
cluster is RUNNING. ``uninstall`` marks a library UNINSTALL_ON_RESTART (a library not on the cluster is a
no-op); it is removed when the cluster restarts, terminates or starts. When the cluster leaves RUNNING for
RESTARTING, TERMINATING or TERMINATED every remaining library goes back to PENDING (it is installed again when
the cluster next runs); libraries of a permanently deleted cluster are forgotten. Installing a library the
cluster already has is a no-op, except that it cancels a pending uninstall. Empty ``messages`` are omitted,
as are the ``library_statuses`` of a cluster without libraries.

Other services may call :meth:`LibrariesService.install_libraries` and
:meth:`LibrariesService.cluster_library_statuses`.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from typing import Any

from ..errors import ApiError
from ..service import ClusterFollower, Request, operation

LIBRARY_KINDS = ("jar", "egg", "whl", "pypi", "maven", "cran", "requirements")
USABLE_CLUSTER_STATES = ("RUNNING", "RESIZING")
#: status -> (duration key, realistic seconds, next status)
STEPS: dict[str, tuple[str, float, str]] = {
    "PENDING": ("libraries.pending", 2.0, "RESOLVING"),
    "RESOLVING": ("libraries.resolve", 5.0, "INSTALLING"),
    "INSTALLING": ("libraries.install", 10.0, "INSTALLED"),
}
RESOLVED_MESSAGES = {
    "pypi": "Successfully resolved package from PyPI",
    "maven": "Successfully resolved package from Maven",
    "cran": "Successfully resolved package from CRAN",
}


@dataclass
class Entry:
    library: dict[str, Any]
    key: str
    status: str = "PENDING"
    messages: list[str] = field(default_factory=list)
    #: bumped on every status change so that stale timers do nothing
    generation: int = 0
    #: whether it reached INSTALLED since the cluster (re)started, i.e. is loaded on the cluster
    loaded: bool = False

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"library": copy.deepcopy(self.library), "status": self.status}
        if self.messages:
            out["messages"] = list(self.messages)
        out["is_library_for_all_clusters"] = False
        return out


def library_key(library: dict[str, Any]) -> str:
    return json.dumps(library, sort_keys=True, separators=(",", ":"))


def check_library(library: dict[str, Any], index: int) -> dict[str, Any]:
    """The library with only its one kind set, or INVALID_PARAMETER_VALUE."""
    kinds = [k for k in LIBRARY_KINDS if library.get(k) is not None]
    where = f"libraries[{index}]"
    if len(kinds) != 1:
        raise ApiError.invalid(
            f"{where} must set exactly one of {', '.join(LIBRARY_KINDS)} (got {', '.join(kinds) or 'none'})"
        )
    kind = kinds[0]
    value = library[kind]
    if kind in ("jar", "egg", "whl", "requirements"):
        if not value.strip():
            raise ApiError.invalid(f"{where}.{kind} must be a non-empty URI")
        if kind == "whl" and not (value.endswith(".whl") or value.endswith(".wheelhouse.zip")):
            raise ApiError.invalid(f"{where}.whl must end in .whl or .wheelhouse.zip: {value}")
        return {kind: value}
    if kind == "maven":
        parts = value["coordinates"].split(":")
        if len(parts) not in (3, 4, 5) or not all(p.strip() for p in parts):
            raise ApiError.invalid(
                f"{where}.maven.coordinates must be groupId:artifactId:version, got {value['coordinates']!r}"
            )
    elif not value["package"].strip():
        raise ApiError.invalid(f"{where}.{kind}.package must not be blank")
    return {kind: copy.deepcopy(value)}


class LibrariesService(ClusterFollower):
    name = "libraries"

    def reset(self) -> None:
        #: cluster id -> its libraries in request order
        self.libraries: dict[str, list[Entry]] = {}

    # --- API for other services ------------------------------------------------------------------------

    def install_libraries(self, cluster_id: str, libraries: list[dict[str, Any]]) -> None:
        """Install libraries on a cluster as ``libraries/install`` does (e.g. a job task's libraries on its
        cluster); raises ApiError for an unknown or terminated cluster or an invalid library."""
        state = self._cluster_state(cluster_id)
        checked = [check_library(lib, i) for i, lib in enumerate(libraries)]
        if state in ("TERMINATING", "TERMINATED"):
            raise ApiError.invalid_state(
                f"Cluster {cluster_id} is {state.lower()}; libraries can only be installed on a cluster that is "
                "running or starting. Start the cluster first."
            )
        entries = self.libraries.setdefault(cluster_id, [])
        for library in checked:
            key = library_key(library)
            existing = next((e for e in entries if e.key == key), None)
            if existing is None:
                entry = Entry(library, key)
                entries.append(entry)
                if state in USABLE_CLUSTER_STATES:
                    self._advance(cluster_id, entry)
            elif existing.status == "UNINSTALL_ON_RESTART":
                # Cancelling the removal: a library still loaded is installed again, another one starts over.
                self._set(existing, "INSTALLED" if existing.loaded else "PENDING")
                if not existing.loaded and state in USABLE_CLUSTER_STATES:
                    self._advance(cluster_id, existing)
        self._clusters().record_activity(cluster_id)

    def cluster_library_statuses(self, cluster_id: str) -> list[dict[str, Any]]:
        """The LibraryFullStatus list of a cluster (empty for a cluster without libraries)."""
        return [e.to_dict() for e in self.libraries.get(cluster_id, [])]

    # --- life cycle ------------------------------------------------------------------------------------

    def _clusters(self) -> Any:
        return self.env.service("clusters")

    def _set(self, entry: Entry, status: str) -> None:
        entry.status = status
        entry.generation += 1

    def _advance(self, cluster_id: str, entry: Entry) -> None:
        """Schedule the next installation step of ``entry`` if it is in one."""
        step = STEPS.get(entry.status)
        if step is None:
            return
        key, realistic, nxt = step
        generation = entry.generation

        def fire() -> None:
            entries = self.libraries.get(cluster_id, [])
            if entry not in entries or entry.generation != generation:
                return
            if self._clusters().cluster_state(cluster_id) not in USABLE_CLUSTER_STATES:
                return
            kind = next(iter(entry.library))
            missing = self._missing_file(entry) if nxt == "INSTALLING" else None
            if missing is not None:
                # What Databricks reports for a jar/egg/whl whose DBFS file is not there.
                self._set(entry, "FAILED")
                entry.loaded = False
                entry.messages = [
                    f'Library installation failed for library due to user error for {kind}: "{missing}"\n'
                    f" Error messages:\njava.io.FileNotFoundException: {missing} (No such file or directory)"
                ]
                return
            forced = None
            if nxt == "INSTALLED":  # mock.scenarios.library_failure
                forced = self.env.scenarios.take("library_failure", library=entry.key, cluster_id=cluster_id)
            if forced is not None:
                self._set(entry, "FAILED")
                entry.loaded = False
                entry.messages = [forced["message"]]
                return
            self._set(entry, nxt)
            entry.loaded = nxt == "INSTALLED"
            if nxt == "INSTALLING" and kind in RESOLVED_MESSAGES:
                entry.messages = [RESOLVED_MESSAGES[kind]]
            self._advance(cluster_id, entry)

        self.clock.schedule(self.env.duration(key, realistic=realistic, fast=0.1), fire)

    def _missing_file(self, entry: Entry) -> str | None:
        """The dbfs:/ path of a jar, egg or whl library that does not exist on DBFS (resolving fails), else None.
        Paths elsewhere (s3://, abfss://, workspace files) cannot be checked here and resolve."""
        kind, location = next(iter(entry.library.items()))
        if kind not in ("jar", "egg", "whl") or not isinstance(location, str) or not location.startswith("dbfs:/"):
            return None
        dbfs = self.env.services.get("dbfs")
        is_file = getattr(dbfs, "is_file", None)
        return None if is_file is None or is_file(location) else location

    def _on_cluster_state(self, cluster_id: str, state: str, **_: Any) -> None:
        entries = self.libraries.get(cluster_id)
        if not entries:
            return
        if state in USABLE_CLUSTER_STATES:
            for entry in entries:
                if entry.status == "PENDING":
                    self._set(entry, "PENDING")
                    self._advance(cluster_id, entry)
        else:
            # Restarting, terminating, terminated or starting: nothing is loaded any more.
            kept = [e for e in entries if e.status != "UNINSTALL_ON_RESTART"]
            for entry in kept:
                if entry.status != "PENDING" or entry.loaded:
                    self._set(entry, "PENDING")
                entry.loaded = False
                entry.messages = []
            self.libraries[cluster_id] = kept

    def _on_cluster_deleted(self, cluster_id: str, **_: Any) -> None:
        self.libraries.pop(cluster_id, None)

    # --- helpers ---------------------------------------------------------------------------------------

    def _cluster_state(self, cluster_id: str) -> str:
        state = self._clusters().cluster_state(cluster_id)
        if state is None:
            raise ApiError.invalid(f"Cluster {cluster_id} does not exist")
        return str(state)

    def _statuses(self, cluster_id: str) -> dict[str, Any]:
        out: dict[str, Any] = {"cluster_id": cluster_id}
        entries = self.libraries.get(cluster_id)
        if entries:
            out["library_statuses"] = [e.to_dict() for e in entries]
        return out

    # --- operations ------------------------------------------------------------------------------------

    @operation("librariesAllClusterStatuses")
    def all_cluster_statuses(self, req: Request) -> dict[str, Any]:
        statuses = [
            self._statuses(cid)
            for cid, entries in self.libraries.items()
            if entries and self._clusters().cluster_state(cid) is not None
        ]
        return {"statuses": statuses} if statuses else {}

    @operation("librariesClusterStatus")
    def cluster_status(self, req: Request) -> dict[str, Any]:
        cluster_id = req.params["cluster_id"]
        self._cluster_state(cluster_id)
        return self._statuses(cluster_id)

    @operation("librariesInstall")
    def install(self, req: Request) -> dict[str, Any]:
        self.install_libraries(req.params["cluster_id"], req.params["libraries"])
        return {}

    @operation("librariesUninstall")
    def uninstall(self, req: Request) -> dict[str, Any]:
        cluster_id = req.params["cluster_id"]
        self._cluster_state(cluster_id)
        keys = {library_key(check_library(lib, i)) for i, lib in enumerate(req.params["libraries"])}
        for entry in self.libraries.get(cluster_id, []):
            if entry.key in keys:
                self._set(entry, "UNINSTALL_ON_RESTART")
                entry.messages = []
        return {}
