"""The client's compute surface today: ``ws.clusters`` speaks Clusters API 2.1 (as databricks-sdk 0.162.0 does),
``ws.clusters20`` the same clusters on 2.0, ``ws.instance_profiles`` and ``ws.policy_families`` (sync and async)."""

from __future__ import annotations

import asyncio

import dbrest
import pytest
from dbrest_client.models.cluster_spec import ClusterSpec
from dbrest_client.models.clusters_create_request import ClustersCreateRequest
from dbrest_client.models.clusters_id_request import ClustersIdRequest
from dbrest_client.models.clusters_update_request import ClustersUpdateRequest
from dbrest_client.models.instance_profiles_add_request import InstanceProfilesAddRequest
from dbrest_client.models.instance_profiles_edit_request import InstanceProfilesEditRequest
from dbrest_client.models.instance_profiles_remove_request import InstanceProfilesRemoveRequest
from dbrest_mock import MockServer

from tests.conftest import TOKEN
from tests.overlays.test_commands import Recorder
from tests.overlays.test_waiters import CLUSTER

ARN = "arn:aws:iam::123456789012:instance-profile/my-profile"


def test_clusters_speaks_2_1_and_clusters20_reaches_the_same_cluster_on_2_0(
    ws: dbrest.Workspace, recorder: Recorder, mock: MockServer
) -> None:
    cid = ws.clusters.create(body=ClustersCreateRequest.from_dict(CLUSTER)).cluster_id
    assert recorder.paths() == ["/api/2.1/clusters/create"]
    assert ws.clusters20.get(cluster_id=cid).cluster_name == "w"
    assert recorder.paths()[-1] == "/api/2.0/clusters/get"
    mock.advance(300)
    info = ws.clusters.wait_running(cid, timeout=60)
    assert str(info.state) == "RUNNING" and info.spec is not None and info.spec.num_workers == 1


def test_update_changes_the_masked_fields_and_the_waiter_sees_the_restart(
    ws: dbrest.Workspace, mock: MockServer
) -> None:
    cid = ws.clusters.create(
        body=ClustersCreateRequest.from_dict({**CLUSTER, "autotermination_minutes": 60})
    ).cluster_id
    mock.advance(300)
    ws.clusters.update(
        body=ClustersUpdateRequest(cluster_id=cid, update_mask="num_workers", cluster=ClusterSpec(num_workers=3))
    )
    assert str(ws.clusters.get(cluster_id=cid).state) == "RESTARTING"
    mock.advance(120)
    info = ws.clusters.wait_running(cid, timeout=60)
    assert info.num_workers == 3 and info.autotermination_minutes == 60
    with pytest.raises(dbrest.InvalidParameterValue, match="update_mask"):
        ws.clusters.update(body=ClustersUpdateRequest(cluster_id=cid, update_mask="no such field"))


def test_iter_clusters_pages_lazily_with_filters(ws: dbrest.Workspace, recorder: Recorder, mock: MockServer) -> None:
    ids = [
        ws.clusters.create(body=ClustersCreateRequest.from_dict({**CLUSTER, "cluster_name": f"c{i}"})).cluster_id
        for i in range(5)
    ]
    ws.clusters.delete(body=ClustersIdRequest(cluster_id=ids[0]))
    recorder.seen.clear()
    it = ws.clusters.iter_clusters(sort_by_field="CLUSTER_NAME", page_size=2)
    assert recorder.paths() == []
    assert next(it).cluster_name == "c0"
    assert len(recorder.paths()) == 1
    assert [c.cluster_name for c in it] == ["c1", "c2", "c3", "c4"]
    assert recorder.paths() == ["/api/2.1/clusters/list"] * 3
    pending = ws.clusters.iter_clusters(
        filter_by_cluster_states=["PENDING"], sort_by_field="CLUSTER_NAME", sort_by_direction="DESC"
    )
    assert [c.cluster_name for c in pending] == ["c4", "c3", "c2", "c1"]
    assert [c.cluster_id for c in ws.clusters.iter_clusters(filter_by_cluster_sources=["JOB"])] == []
    with pytest.raises(ValueError, match="page_size"):
        ws.clusters.iter_clusters(page_size=0)


def test_instance_profiles_and_their_typed_errors(ws: dbrest.Workspace) -> None:
    from dbrest_client.types import Unset

    assert isinstance(ws.instance_profiles.list().instance_profiles, Unset)  # none registered: the API answers {}
    ws.instance_profiles.add(body=InstanceProfilesAddRequest(instance_profile_arn=ARN, skip_validation=True))
    with pytest.raises(dbrest.ResourceAlreadyExists, match="already registered"):
        ws.instance_profiles.add(body=InstanceProfilesAddRequest(instance_profile_arn=ARN))
    role = "arn:aws:iam::123456789012:role/my-role"
    ws.instance_profiles.edit(body=InstanceProfilesEditRequest(instance_profile_arn=ARN, iam_role_arn=role))
    profiles = ws.instance_profiles.list().instance_profiles
    assert profiles is not None and [(p.instance_profile_arn, p.iam_role_arn) for p in profiles] == [(ARN, role)]
    ws.instance_profiles.remove(body=InstanceProfilesRemoveRequest(instance_profile_arn=ARN))
    with pytest.raises(dbrest.ResourceDoesNotExist, match="instance-profiles/add"):
        ws.instance_profiles.remove(body=InstanceProfilesRemoveRequest(instance_profile_arn=ARN))
    with pytest.raises(dbrest.InvalidParameterValue, match="arn:aws:iam"):
        ws.instance_profiles.add(body=InstanceProfilesAddRequest(instance_profile_arn="my-profile"))


def test_policy_families_iterate_lazily_and_get_by_id(ws: dbrest.Workspace, recorder: Recorder) -> None:
    families = list(ws.policy_families.iter_families(page_size=2))
    ids = [f.policy_family_id for f in families]
    assert "personal-vm" in ids and len(ids) == len(set(ids)) >= 4
    assert len(recorder.paths()) == (len(ids) + 1) // 2
    assert ws.policy_families.get(policy_family_id="personal-vm").name == "Personal Compute"
    with pytest.raises(dbrest.ResourceDoesNotExist):
        ws.policy_families.get(policy_family_id="no-such-family")


def test_the_async_workspace_has_the_same_surface(mock: MockServer) -> None:
    async def scenario() -> None:
        async with dbrest.AsyncWorkspace(host="http://127.0.0.1", token=TOKEN, transport=mock.async_transport()) as aws:
            cid = (await aws.clusters.create(body=ClustersCreateRequest.from_dict(CLUSTER))).cluster_id
            assert (await aws.clusters20.get(cluster_id=cid)).cluster_id == cid
            assert [c.cluster_id async for c in aws.clusters.iter_clusters(page_size=1)] == [cid]
            await aws.instance_profiles.add(body=InstanceProfilesAddRequest(instance_profile_arn=ARN))
            assert (await aws.instance_profiles.list()).instance_profiles is not None
            names = [f.name async for f in aws.policy_families.iter_families(page_size=3)]
            assert "Personal Compute" in names

    asyncio.run(scenario())
