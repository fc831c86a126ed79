"""The workspace's fixed catalogues: Databricks Runtime versions, node types and (AWS) zones.

Shared by the clusters and instance-pools services (a spark_version or node_type_id must be one of these) and by
``clusters/list-node-types``, ``spark-versions`` and ``list-zones``. The node types are Azure's; the runtime
versions run from 5.2 to today's 16.4 LTS.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

SPARK_VERSIONS: dict[str, str] = {
    "5.2.x-scala2.11": "5.2 (includes Apache Spark 2.4.0, Scala 2.11)",
    "5.3.x-scala2.11": "5.3 (includes Apache Spark 2.4.0, Scala 2.11)",
    "5.5.x-scala2.11": "5.5 LTS (includes Apache Spark 2.4.3, Scala 2.11)",
    "6.0.x-scala2.11": "6.0 (includes Apache Spark 2.4.3, Scala 2.11)",
    "6.2.x-scala2.11": "6.2 (includes Apache Spark 2.4.4, Scala 2.11)",
    "6.3.x-scala2.11": "6.3 (includes Apache Spark 2.4.4, Scala 2.11)",
    "6.4.x-scala2.11": "6.4 (includes Apache Spark 2.4.5, Scala 2.11)",
    "7.3.x-scala2.12": "7.3 LTS (includes Apache Spark 3.0.1, Scala 2.12)",
    "7.3.x-cpu-ml-scala2.12": "7.3 LTS ML (includes Apache Spark 3.0.1, Scala 2.12)",
    "7.3.x-gpu-ml-scala2.12": "7.3 LTS ML (includes Apache Spark 3.0.1, GPU, Scala 2.12)",
    "8.2.x-scala2.12": "8.2 (includes Apache Spark 3.1.1, Scala 2.12)",
    "9.1.x-scala2.12": "9.1 LTS (includes Apache Spark 3.1.2, Scala 2.12)",
    "9.1.x-photon-scala2.12": "9.1 LTS Photon (includes Apache Spark 3.1.2, Scala 2.12)",
    "10.4.x-scala2.12": "10.4 LTS (includes Apache Spark 3.2.1, Scala 2.12)",
    "10.4.x-photon-scala2.12": "10.4 LTS Photon (includes Apache Spark 3.2.1, Scala 2.12)",
    "10.4.x-cpu-ml-scala2.12": "10.4 LTS ML (includes Apache Spark 3.2.1, Scala 2.12)",
    "10.4.x-gpu-ml-scala2.12": "10.4 LTS ML (includes Apache Spark 3.2.1, GPU, Scala 2.12)",
    "11.3.x-scala2.12": "11.3 LTS (includes Apache Spark 3.3.0, Scala 2.12)",
    "11.3.x-photon-scala2.12": "11.3 LTS Photon (includes Apache Spark 3.3.0, Scala 2.12)",
    "11.3.x-cpu-ml-scala2.12": "11.3 LTS ML (includes Apache Spark 3.3.0, Scala 2.12)",
    "11.3.x-gpu-ml-scala2.12": "11.3 LTS ML (includes Apache Spark 3.3.0, GPU, Scala 2.12)",
    "12.2.x-scala2.12": "12.2 LTS (includes Apache Spark 3.3.2, Scala 2.12)",
    "13.3.x-scala2.12": "13.3 LTS (includes Apache Spark 3.4.1, Scala 2.12)",
    "14.3.x-scala2.12": "14.3 LTS (includes Apache Spark 3.5.0, Scala 2.12)",
    "15.4.x-scala2.12": "15.4 LTS (includes Apache Spark 3.5.0, Scala 2.12)",
    "15.4.x-cpu-ml-scala2.12": "15.4 LTS ML (includes Apache Spark 3.5.0, Scala 2.12)",
    "15.4.x-gpu-ml-scala2.12": "15.4 LTS ML (includes Apache Spark 3.5.0, GPU, Scala 2.12)",
    "16.4.x-scala2.12": "16.4 LTS (includes Apache Spark 3.5.2, Scala 2.12)",
}


@dataclass(frozen=True)
class NodeSpec:
    memory_mb: int
    cores: float
    category: str
    family: str
    gpus: int = 0
    local_disk_gb: int = 0
    nvme_disks: int = 0
    nvme_disk_gb: int = 0


#: Fixed Azure node type catalogue.
NODE_TYPES: dict[str, NodeSpec] = {
    "Standard_D3_v2": NodeSpec(14336, 4, "General Purpose", "Standard Dv2 Family vCPUs", local_disk_gb=200),
    "Standard_D4_v2": NodeSpec(28672, 8, "General Purpose", "Standard Dv2 Family vCPUs", local_disk_gb=400),
    "Standard_DS3_v2": NodeSpec(14336, 4, "General Purpose", "Standard DSv2 Family vCPUs", local_disk_gb=28),
    "Standard_DS4_v2": NodeSpec(28672, 8, "General Purpose", "Standard DSv2 Family vCPUs", local_disk_gb=56),
    "Standard_DS5_v2": NodeSpec(57344, 16, "General Purpose", "Standard DSv2 Family vCPUs", local_disk_gb=112),
    "Standard_D4s_v3": NodeSpec(16384, 4, "General Purpose", "Standard DSv3 Family vCPUs", local_disk_gb=32),
    "Standard_E8s_v3": NodeSpec(65536, 8, "Memory Optimized", "Standard ESv3 Family vCPUs", local_disk_gb=128),
    "Standard_F4s": NodeSpec(8192, 4, "Compute Optimized", "Standard FS Family vCPUs", local_disk_gb=16),
    "Standard_L4s": NodeSpec(32768, 4, "Storage Optimized", "Standard LS Family vCPUs", local_disk_gb=678),
    "Standard_L8s_v2": NodeSpec(
        65536, 8, "Storage Optimized", "Standard LSv2 Family vCPUs", local_disk_gb=80, nvme_disks=1, nvme_disk_gb=1788
    ),
    "Standard_L80s_v2": NodeSpec(
        655360,
        80,
        "Storage Optimized",
        "Standard LSv2 Family vCPUs",
        local_disk_gb=800,
        nvme_disks=10,
        nvme_disk_gb=1788,
    ),
    "Standard_NC6s_v3": NodeSpec(
        114688, 6, "GPU Accelerated", "Standard NCSv3 Family vCPUs", gpus=1, local_disk_gb=736
    ),
}

ZONES = ["us-west-2c", "us-west-2a", "us-west-2b"]
#: Node type assumed for quota accounting when a cluster names none (instance pool clusters).
DEFAULT_NODE_TYPE = "Standard_DS3_v2"
#: Cores per VM family of the workspace's subscription (Azure quotas are per family and region).
CORE_QUOTA = 1000


def node_type_listing(available_cores: Any, core_quota: float) -> list[dict[str, Any]]:
    """``clusters/list-node-types``: every node type with its resources; ``available_cores(family)`` is the quota
    left in the VM family."""
    types = []
    for order, (node_type_id, spec) in enumerate(NODE_TYPES.items()):
        instance: dict[str, Any] = {
            "instance_type_id": node_type_id,
            "local_disks": 1,
            "local_disk_size_gb": spec.local_disk_gb,
            "instance_family": spec.family,
        }
        if spec.nvme_disks:
            instance["local_nvme_disks"] = spec.nvme_disks
            instance["local_nvme_disk_size_gb"] = spec.nvme_disk_gb
        types.append(
            {
                "node_type_id": node_type_id,
                "memory_mb": spec.memory_mb,
                "num_cores": spec.cores,
                "description": node_type_id,
                "instance_type_id": node_type_id,
                "is_deprecated": False,
                "category": spec.category,
                "support_ebs_volumes": True,
                "support_cluster_tags": True,
                "num_gpus": spec.gpus,
                "node_instance_type": instance,
                "is_hidden": False,
                "support_port_forwarding": True,
                "display_order": order,
                "is_io_cache_enabled": spec.nvme_disks > 0,
                "photon_worker_capable": spec.gpus == 0,
                "photon_driver_capable": spec.gpus == 0,
                "node_info": {
                    "available_core_quota": int(available_cores(spec.family)),
                    "total_core_quota": int(core_quota),
                },
            }
        )
    return types
