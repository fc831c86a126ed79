"""databricks-sdk 0.29.0 peer: upload a local file to DBFS (create/add-block/close in 1 MB blocks), read its
status, download it again (read in 1 MB windows). Usage: sdk_dbfs.py SRC DBFS_PATH DST. Prints JSON."""

import json
import sys

from databricks.sdk import WorkspaceClient
from peer_steps import dbfs_round_trip

src, dbfs_path, dst = sys.argv[1:4]
print(json.dumps(dbfs_round_trip(WorkspaceClient(), src, dbfs_path, dst)))
