"""databricks-sdk 0.162.0 peer: upload a local file to DBFS (DbfsExt: create/add-block/close), read its status,
download it again (read in windows) and list its folder. Usage: sdk_today_dbfs.py SRC DBFS_PATH DST. Prints JSON."""

import json
import sys

from databricks.sdk import WorkspaceClient
from peer_steps import dbfs_round_trip

src, dbfs_path, dst = sys.argv[1:4]
print(json.dumps(dbfs_round_trip(WorkspaceClient(), src, dbfs_path, dst)))
