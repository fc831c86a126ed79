"""Preload a mock's state from a JSON or YAML document, and export its state to the same format.

The document is a mapping with any of these keys (every one optional)::

    clusters:        [{cluster_name, spark_version, node_type_id, num_workers, ..., state: RUNNING | TERMINATED}]
    instance_pools:  [{instance_pool_name, node_type_id, ...}]
    cluster_policies: [{name, definition, ...}]                     # what policies/clusters/create takes
    instance_profiles: [{instance_profile_arn, ...}]                # what instance-profiles/add takes
    jobs:            [{name, tasks: [...], ...}]                    # Jobs 2.1 job settings, or {job_id, settings}
    dbfs:            {"/path/file.csv": "text", "/path/data.bin": {"base64": "AAEC"}}
    notebooks:       {"/Users/me/etl": {"language": "PYTHON", "content": "print(1)"}}
    secrets:         {"scope": {"key": "value", "binary": {"base64": "AAEC"}}}
    users:           [{userName, displayName}]
    groups:          [{displayName, members: [userName or group displayName, ...]}]

Loading replays the document through the mock's own API (in-process, as an admin), so everything loaded obeys the
same rules as what a client creates, and gets the ids a client would get: clusters, pools and jobs are created
in document order, which an export writes in the order of creation. An export also names each policy's
``policy_id``, pool's ``instance_pool_id``, cluster's ``cluster_id`` and job's ``job_id`` (a job is then
``{job_id, settings}``); loading maps the references to them (``policy_id``, ``instance_pool_id``,
``existing_cluster_id``, ``run_job_task.job_id``) to the objects it creates, so a job runs on the same cluster and
triggers the same job even where the ids differ (objects deleted before the export, clusters created at another
time of the virtual clock). Clusters whose ``state`` is RUNNING (the default) or TERMINATED are brought there by
advancing the virtual clock. YAML needs PyYAML (``pip install 'dbrest[mock-yaml]'``); JSON needs nothing.
"""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from .server import MockServer

KEYS = (
    "clusters",
    "instance_pools",
    "cluster_policies",
    "instance_profiles",
    "jobs",
    "dbfs",
    "notebooks",
    "secrets",
    "users",
    "groups",
)
#: Policy fields that the workspace sets: not sent to policies/clusters/create.
POLICY_RUNTIME_FIELDS = frozenset({"policy_id", "creator_user_name", "created_at_timestamp", "is_default"})
#: Cluster fields that describe the cluster's life, not its specification: not sent to clusters/create.
CLUSTER_RUNTIME_FIELDS = frozenset(
    {
        "cluster_id",
        "state",
        "state_message",
        "start_time",
        "terminated_time",
        "last_state_loss_time",
        "last_restarted_time",
        "last_activity_time",
        "termination_reason",
        "driver",
        "executors",
        "spark_context_id",
        "jdbc_port",
        "cluster_memory_mb",
        "cluster_cores",
        "default_tags",
        "creator_user_name",
        "cluster_source",
        "spec",
        "cluster_log_status",
        "init_scripts_safe_mode",
        "effective_spark_version",
        "state_transitions",
    }
)
POOL_RUNTIME_FIELDS = frozenset({"instance_pool_id", "state", "stats", "status", "default_tags"})
DBFS_BLOCK = 1024 * 1024
SCIM_USER = "urn:ietf:params:scim:schemas:core:2.0:User"
SCIM_GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group"


class StateError(ValueError):
    """A state document that cannot be loaded: the message names the entry and what the mock answered."""


def read_document(source: dict[str, Any] | str | Path) -> dict[str, Any]:
    """The state document from a dict, or from a ``.json``, ``.yaml`` or ``.yml`` file."""
    if isinstance(source, dict):
        doc: Any = source
    else:
        path = Path(source)
        text = path.read_text(encoding="utf-8")
        if path.suffix.lower() in (".yaml", ".yml"):
            try:
                import yaml
            except ImportError:
                raise StateError(
                    f"{path} is YAML: install PyYAML (pip install 'dbrest[mock-yaml]') or use a JSON file"
                ) from None
            doc = yaml.safe_load(text)
        else:
            try:
                doc = json.loads(text)
            except ValueError as exc:
                raise StateError(f"{path} is not valid JSON: {exc}") from None
    if doc is None:
        doc = {}
    if not isinstance(doc, dict):
        raise StateError(f"a state document is a mapping of {', '.join(KEYS)}; got a {type(doc).__name__}")
    unknown = sorted(set(doc) - set(KEYS))
    if unknown:
        raise StateError(f"unknown state keys {unknown}: the known ones are {', '.join(KEYS)}")
    return doc


def write_document(doc: dict[str, Any], path: str | Path) -> None:
    """Write ``doc`` as YAML (``.yaml``/``.yml``, needs PyYAML) or JSON (anything else)."""
    target = Path(path)
    if target.suffix.lower() in (".yaml", ".yml"):
        import yaml

        target.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True), encoding="utf-8")
    else:
        target.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


class _Api:
    def __init__(self, mock: MockServer, verb: str) -> None:
        self.verb = verb
        self.http = httpx.Client(
            base_url="http://127.0.0.1",
            transport=mock.transport(),
            headers={"Authorization": f"Bearer {admin_token(mock)}"},
        )

    def call(self, method: str, path: str, what: str, **kwargs: Any) -> Any:
        response = self.http.request(method, path, **kwargs)
        if response.status_code >= 400:
            raise StateError(f"cannot {self.verb} {what}: the mock answered {response.status_code} {response.text}")
        return response.json() if response.content else {}

    def close(self) -> None:
        self.http.close()


def admin_token(mock: MockServer) -> str:
    admins = mock.config.admins
    return next((t for t, user in mock.config.tokens.items() if user in admins), mock.token)


def _list(doc: dict[str, Any], key: str, kind: type) -> Any:
    value = doc.get(key)
    if value is None:
        return kind()
    if not isinstance(value, kind):
        raise StateError(f"{key} must be a {'list' if kind is list else 'mapping'}, not {type(value).__name__}")
    return value


def load(mock: MockServer, source: dict[str, Any] | str | Path) -> None:
    """Create what ``source`` describes in ``mock`` (see the module documentation)."""
    doc = read_document(source)
    api = _Api(mock, "load")
    try:
        with mock.requests.paused():
            _load(mock, api, doc)
    finally:
        api.close()


def _load(mock: MockServer, api: _Api, doc: dict[str, Any]) -> None:
    existing = {u["userName"] for u in _scim(api, "Users")}
    for user in _list(doc, "users", list):
        if not isinstance(user, dict) or not isinstance(user.get("userName"), str):
            raise StateError(f"a user is a mapping with a userName: {user!r}")
        if user["userName"] not in existing:  # the mock's own admin user exists from the start
            body = {"schemas": [SCIM_USER], **user}
            api.call("POST", "/api/2.0/preview/scim/v2/Users", f"user {user!r}", json=body)
    for group in _list(doc, "groups", list):
        _load_group(api, group)
    ids = _Ids()
    for profile in _list(doc, "instance_profiles", list):
        if not isinstance(profile, dict) or not isinstance(profile.get("instance_profile_arn"), str):
            raise StateError(f"an instance profile is a mapping with an instance_profile_arn: {profile!r}")
        body = {**profile, "skip_validation": True}
        api.call("POST", "/api/2.0/instance-profiles/add", f"instance profile {profile!r}", json=body)
    for policy in _list(doc, "cluster_policies", list):
        if not isinstance(policy, dict):
            raise StateError(f"a cluster policy is a mapping like policies/clusters/create takes: {policy!r}")
        body = {k: v for k, v in policy.items() if k not in POLICY_RUNTIME_FIELDS}
        if body.get("policy_family_id") is not None:
            body.pop("definition", None)  # a family's policy takes its definition from the family
        created = api.call("POST", "/api/2.0/policies/clusters/create", f"cluster policy {policy!r}", json=body)
        ids.note(ids.policies, policy, "policy_id", created)
    for pool in _list(doc, "instance_pools", list):
        body = {k: v for k, v in pool.items() if k not in POOL_RUNTIME_FIELDS}
        created = api.call("POST", "/api/2.0/instance-pools/create", f"instance pool {pool!r}", json=body)
        ids.note(ids.pools, pool, "instance_pool_id", created)
    stop: list[str] = []
    for cluster in _list(doc, "clusters", list):
        body = ids.mapped({k: v for k, v in cluster.items() if k not in CLUSTER_RUNTIME_FIELDS})
        created = api.call("POST", "/api/2.1/clusters/create", f"cluster {cluster!r}", json=body)
        ids.note(ids.clusters, cluster, "cluster_id", created)
        if str(cluster.get("state", "RUNNING")).upper() in ("TERMINATED", "TERMINATING"):
            stop.append(created["cluster_id"])
    if doc.get("clusters"):
        mock.advance(3600)  # past every start: realistic 300 s
        for cluster_id in stop:
            api.call("POST", "/api/2.1/clusters/delete", f"cluster {cluster_id}", json={"cluster_id": cluster_id})
        if stop:
            mock.advance(3600)
    created_jobs: list[tuple[int, Any]] = []
    for job in _list(doc, "jobs", list):
        settings = job.get("settings", job) if isinstance(job, dict) else job
        created = api.call("POST", "/api/2.1/jobs/create", f"job {job!r}", json=ids.mapped(settings))
        ids.note(ids.jobs, job, "job_id", created)
        created_jobs.append((created["job_id"], settings))
    # A job may trigger one listed after it: its new id is known only now.
    for job_id, settings in created_jobs:
        remapped = ids.mapped(settings)
        if remapped != ids.mapped(settings, jobs=False):
            what = f"job {settings!r}"
            api.call("POST", "/api/2.1/jobs/reset", what, json={"job_id": job_id, "new_settings": remapped})
    for path, content in _list(doc, "dbfs", dict).items():
        _load_dbfs_file(api, path, content)
    for path, notebook in _list(doc, "notebooks", dict).items():
        _load_notebook(api, path, notebook)
    for scope, secrets in _list(doc, "secrets", dict).items():
        api.call("POST", "/api/2.0/secrets/scopes/create", f"secret scope {scope!r}", json={"scope": scope})
        if not isinstance(secrets, dict):
            raise StateError(f"secrets of scope {scope!r} must be a mapping of key to value")
        for key, value in secrets.items():
            if isinstance(value, dict) and isinstance(value.get("base64"), str):
                put = {"bytes_value": value["base64"]}  # bytes that are not UTF-8 text, as an export writes them
            else:
                put = {"string_value": str(value)}
            api.call("POST", "/api/2.0/secrets/put", f"secret {scope}/{key}", json={"scope": scope, "key": key, **put})


class _Ids:
    """The ids an exported document named (``policy_id``, ``instance_pool_id``, ``cluster_id``, ``job_id``) -> the ids the loaded
    objects got, and the references in specifications and job settings rewritten with them."""

    #: Deeper than this, a document is left as it is (the API refuses it anyway: jsonio.MAX_DEPTH).
    MAX_DEPTH = 200

    def __init__(self) -> None:
        self.policies: dict[str, str] = {}
        self.pools: dict[str, str] = {}
        self.clusters: dict[str, str] = {}
        self.jobs: dict[int, int] = {}

    @staticmethod
    def note(table: dict[Any, Any], entry: Any, key: str, created: dict[str, Any]) -> None:
        old = entry.get(key) if isinstance(entry, dict) else None
        if isinstance(old, str | int) and not isinstance(old, bool) and key in created:
            table[old] = created[key]

    def mapped(self, value: Any, *, jobs: bool = True, depth: int = 0) -> Any:
        """``value`` with its pool, cluster and (``jobs``) job references mapped; the rest as it is."""
        if depth > self.MAX_DEPTH:
            return value
        if isinstance(value, list):
            return [self.mapped(v, jobs=jobs, depth=depth + 1) for v in value]
        if not isinstance(value, dict):
            return value
        out: dict[str, Any] = {}
        for key, item in value.items():
            if key in ("instance_pool_id", "driver_instance_pool_id") and isinstance(item, str):
                item = self.pools.get(item, item)
            elif key == "policy_id" and isinstance(item, str):
                item = self.policies.get(item, item)
            elif key == "existing_cluster_id" and isinstance(item, str):
                item = self.clusters.get(item, item)
            elif key == "run_job_task" and jobs and isinstance(item, dict) and isinstance(item.get("job_id"), int):
                item = {**item, "job_id": self.jobs.get(item["job_id"], item["job_id"])}
            out[key] = self.mapped(item, jobs=jobs, depth=depth + 1)
        return out


def _scim(api: _Api, kind: str) -> list[dict[str, Any]]:
    found = api.call("GET", f"/api/2.0/preview/scim/v2/{kind}", kind.lower(), params={"count": 10000})
    return list(found.get("Resources", []))


def _load_group(api: _Api, group: dict[str, Any]) -> None:
    if not isinstance(group, dict) or not isinstance(group.get("displayName"), str):
        raise StateError(f"a group is a mapping with a displayName: {group!r}")
    groups = {g["displayName"]: g for g in _scim(api, "Groups")}
    ids = {u["userName"]: u["id"] for u in _scim(api, "Users")}
    ids.update({name: g["id"] for name, g in groups.items()})
    members = []
    for name in group.get("members", []):
        if name not in ids:
            raise StateError(f"group {group['displayName']!r}: no user or group named {name!r} (list it first)")
        members.append({"value": ids[name]})
    what = f"group {group['displayName']!r}"
    current = groups.get(group["displayName"])
    if current is None:
        body = {k: v for k, v in group.items() if k not in ("members", "id")}
        body = {"schemas": [SCIM_GROUP], **body, "members": members}
        api.call("POST", "/api/2.0/preview/scim/v2/Groups", what, json=body)
        return
    # A group the mock has from the start (admins, users): add the members it lacks.
    have = {m.get("value") for m in current.get("members", [])}
    missing = [m for m in members if m["value"] not in have]
    if missing:
        patch = {
            "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
            "Operations": [{"op": "add", "path": "members", "value": missing}],
        }
        api.call("PATCH", f"/api/2.0/preview/scim/v2/Groups/{current['id']}", what, json=patch)


def _load_dbfs_file(api: _Api, path: str, content: Any) -> None:
    if isinstance(content, str):
        data = content.encode("utf-8")
    elif isinstance(content, dict) and isinstance(content.get("base64"), str):
        data = base64.b64decode(content["base64"], validate=True)
    else:
        raise StateError(f'dbfs file {path}: give its text, or {{"base64": "..."}} for bytes')
    what = f"dbfs file {path}"
    handle = api.call("POST", "/api/2.0/dbfs/create", what, json={"path": path, "overwrite": True})["handle"]
    for start in range(0, len(data), DBFS_BLOCK):
        block = base64.b64encode(data[start : start + DBFS_BLOCK]).decode()
        api.call("POST", "/api/2.0/dbfs/add-block", what, json={"handle": handle, "data": block})
    api.call("POST", "/api/2.0/dbfs/close", what, json={"handle": handle})


def _load_notebook(api: _Api, path: str, notebook: Any) -> None:
    if not isinstance(notebook, dict) or not isinstance(notebook.get("content"), str):
        raise StateError(f'notebook {path}: give {{"language": "PYTHON", "content": "..."}}')
    parent = path.rsplit("/", 1)[0]
    if parent:
        api.call("POST", "/api/2.0/workspace/mkdirs", f"folder {parent}", json={"path": parent})
    body = {
        "path": path,
        "format": "SOURCE",
        "language": str(notebook.get("language", "PYTHON")).upper(),
        "content": base64.b64encode(notebook["content"].encode("utf-8")).decode(),
        "overwrite": True,
    }
    api.call("POST", "/api/2.0/workspace/import", f"notebook {path}", json=body)


# --- export ---------------------------------------------------------------------------------------------------


def export(mock: MockServer) -> dict[str, Any]:
    """The mock's state as a document :func:`load` accepts."""
    api = _Api(mock, "export")
    try:
        with mock.requests.paused():
            return _export(mock, api)
    finally:
        api.close()


def _export(mock: MockServer, api: _Api) -> dict[str, Any]:
    doc: dict[str, Any] = {}
    users = _scim(api, "Users")
    doc["users"] = [{k: u[k] for k in ("userName", "displayName") if k in u} for u in users]
    names = {u["id"]: u["userName"] for u in users}
    groups = _scim(api, "Groups")
    names.update({g["id"]: g["displayName"] for g in groups})
    doc["groups"] = [
        {
            "displayName": g["displayName"],
            "members": [names.get(m.get("value"), m.get("display")) for m in g.get("members", [])],
        }
        for g in _members_first(groups)
    ]
    profiles = api.call("GET", "/api/2.0/instance-profiles/list", "instance profiles").get("instance_profiles", [])
    doc["instance_profiles"] = profiles
    policies = api.call("GET", "/api/2.0/policies/clusters/list", "cluster policies").get("policies", [])
    doc["cluster_policies"] = [
        {
            "policy_id": p["policy_id"],
            **{
                k: v
                for k, v in p.items()
                if k not in POLICY_RUNTIME_FIELDS and not (k == "definition" and p.get("policy_family_id"))
            },
        }
        for p in sorted(policies, key=lambda p: str(p.get("policy_id")))  # hex counters of the same width
    ]
    pools = api.call("GET", "/api/2.0/instance-pools/list", "instance pools").get("instance_pools", [])
    doc["instance_pools"] = [
        {"instance_pool_id": p["instance_pool_id"], **{k: v for k, v in p.items() if k not in POOL_RUNTIME_FIELDS}}
        for p in sorted(pools, key=lambda p: _creation_order(str(p.get("instance_pool_id"))))
    ]
    clusters = api.call("GET", "/api/2.0/clusters/list", "clusters").get("clusters", [])
    doc["clusters"] = [
        {
            "cluster_id": c["cluster_id"],
            **{k: v for k, v in c.items() if k not in CLUSTER_RUNTIME_FIELDS},
            "state": "RUNNING" if c.get("state") in ("PENDING", "RUNNING", "RESIZING", "RESTARTING") else "TERMINATED",
        }
        for c in sorted(clusters, key=lambda c: _creation_order(str(c.get("cluster_id"))))
        if c.get("cluster_source") != "JOB"
    ]
    doc["jobs"] = _export_jobs(api)
    doc["dbfs"] = _export_dbfs(api, "/")
    doc["notebooks"] = _export_notebooks(api, "/")
    doc["secrets"] = _export_secrets(mock, api)
    return {k: v for k, v in doc.items() if v}


def _members_first(groups: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``groups`` with each group after the groups that are its members: loading creates a group with its members,
    which must exist by then (a group listed before a member group could not be loaded). SCIM refuses cycles; the
    walk visits each group once all the same, so it ends on any input."""
    by_id = {g["id"]: g for g in groups}
    out: list[dict[str, Any]] = []
    done: set[str] = set()  # placed in ``out``
    open_: set[str] = set()  # its members are being placed (on the walk's current path)
    for root in groups:
        stack: list[tuple[dict[str, Any], bool]] = [(root, False)]
        while stack:
            group, members_placed = stack.pop()
            if members_placed:
                open_.discard(group["id"])
                done.add(group["id"])
                out.append(group)
                continue
            if group["id"] in done or group["id"] in open_:
                continue
            open_.add(group["id"])
            stack.append((group, True))
            for member in reversed(group.get("members", [])):
                inner = by_id.get(member.get("value"))
                if inner is not None and inner["id"] not in done and inner["id"] not in open_:
                    stack.append((inner, False))
    return out


def _creation_order(object_id: str) -> tuple[int, str]:
    """Clusters and pools in the order they were created: the mock's ids hold their creation counter
    (``0103-000000-ddes0001``, ``0103-000000-brick1-pool-9e3779b1``); the id itself sorts the rest. Sorting by id alone
    put a cluster's tenth before its first (the letters before the counter are a hash of it), and a loaded document
    then gave each cluster another one's id."""
    counter = re.search(r"(\d+)-pool-[0-9a-f]+$", object_id) or re.search(r"(\d+)$", object_id)
    return (int(counter.group(1)) if counter else -1, object_id)


def _export_jobs(api: _Api) -> list[dict[str, Any]]:
    """Every job as ``{job_id, settings}``, in the order of its id (the order in which they were created)."""
    jobs: list[dict[str, Any]] = []
    offset = 0
    while True:
        page = api.call("GET", "/api/2.1/jobs/list", "jobs", params={"limit": 25, "offset": offset})
        found = page.get("jobs", [])
        for job in found:
            full = api.call("GET", "/api/2.1/jobs/get", "job", params={"job_id": job["job_id"]})
            jobs.append({"job_id": full["job_id"], "settings": full["settings"]})
        if not page.get("has_more") or not found:
            return sorted(jobs, key=lambda j: int(j["job_id"]))
        offset += len(found)


def _export_dbfs(api: _Api, path: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    listing = api.call("GET", "/api/2.0/dbfs/list", f"dbfs {path}", params={"path": path}).get("files", [])
    for entry in sorted(listing, key=lambda e: str(e["path"])):
        if entry.get("is_dir"):
            out.update(_export_dbfs(api, entry["path"]))
            continue
        data = bytearray()
        while len(data) < entry.get("file_size", 0):
            chunk = api.call(
                "GET",
                "/api/2.0/dbfs/read",
                f"dbfs {entry['path']}",
                params={"path": entry["path"], "offset": len(data), "length": DBFS_BLOCK},
            )
            if not chunk.get("bytes_read"):
                break
            data += base64.b64decode(chunk["data"])
        try:
            out[entry["path"]] = data.decode("utf-8")
        except UnicodeDecodeError:
            out[entry["path"]] = {"base64": base64.b64encode(bytes(data)).decode()}
    return out


def _export_notebooks(api: _Api, path: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    listing = api.call("GET", "/api/2.0/workspace/list", f"workspace {path}", params={"path": path}).get("objects", [])
    for obj in sorted(listing, key=lambda o: str(o["path"])):
        if obj.get("object_type") in ("DIRECTORY", "REPO"):
            out.update(_export_notebooks(api, obj["path"]))
        elif obj.get("object_type") == "NOTEBOOK":
            exported = api.call(
                "GET",
                "/api/2.0/workspace/export",
                f"notebook {obj['path']}",
                params={"path": obj["path"], "format": "SOURCE"},
            )
            content = base64.b64decode(exported.get("content", "")).decode("utf-8")
            out[obj["path"]] = {"language": obj.get("language", "PYTHON"), "content": content}
    return out


def _export_secrets(mock: MockServer, api: _Api) -> dict[str, Any]:
    out: dict[str, Any] = {}
    secrets_service = mock.env.services.get("secrets")
    value_of = getattr(secrets_service, "secret_value", None)
    for scope in api.call("GET", "/api/2.0/secrets/scopes/list", "secret scopes").get("scopes", []):
        name = scope["name"]
        keys = api.call("GET", "/api/2.0/secrets/list", f"secrets of {name}", params={"scope": name}).get("secrets", [])
        values: dict[str, Any] = {}
        for item in keys:
            # The API never returns a value (secrets/get is for code on a cluster): read it from the service.
            raw = value_of(name, item["key"]) if value_of is not None else None
            if not isinstance(raw, bytes):
                values[item["key"]] = ""
                continue
            try:
                values[item["key"]] = raw.decode("utf-8")
            except UnicodeDecodeError:  # a bytes_value secret: kept whole, as DBFS files are
                values[item["key"]] = {"base64": base64.b64encode(raw).decode("ascii")}
        out[name] = values
    return out
