"""databricks-sdk 0.162.0 peer: upload a local file to DBFS (DbfsExt: create/add-block/close), read its status,
download it again (read in windows) and list its folder. Usage: sdk_today_dbfs.py SRC DBFS_PATH DST. Prints JSON."""

import json
import sys

from databricks.sdk import WorkspaceClient

src, dbfs_path, dst = sys.argv[1:4]
w = WorkspaceClient()
w.dbfs.mkdirs(dbfs_path.rsplit("/", 1)[0])
with open(src, "rb") as f:
    w.dbfs.upload(dbfs_path, f, overwrite=True)
status = w.dbfs.get_status(dbfs_path)
with w.dbfs.download(dbfs_path) as remote, open(dst, "wb") as out:
    out.write(remote.read())
listing = [(f.path, f.file_size, f.is_dir) for f in w.dbfs.list(dbfs_path.rsplit("/", 1)[0])]
print(json.dumps({"file_size": status.file_size, "is_dir": status.is_dir, "listing": listing}))
