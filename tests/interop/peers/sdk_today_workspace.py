"""databricks-sdk 0.162.0 peer: WorkspaceExt.upload / download with format AUTO, of a notebook (a .py source
with the notebook header: imported as a notebook, the suffix dropped) and of a plain file (a workspace file).
Usage: sdk_today_workspace.py NOTEBOOK_SOURCE FILE FOLDER. Prints JSON."""

import json
import sys

from databricks.sdk import WorkspaceClient
from databricks.sdk.service.workspace import ExportFormat, ImportFormat

notebook_file, plain_file, folder = sys.argv[1:4]
w = WorkspaceClient()
w.workspace.mkdirs(folder)
with open(notebook_file, "rb") as f:
    w.workspace.upload(f"{folder}/notebook.py", f, format=ImportFormat.AUTO, overwrite=True)
with open(plain_file, "rb") as f:
    w.workspace.upload(f"{folder}/data.csv", f, format=ImportFormat.AUTO, overwrite=True)
listed = sorted((o.path, o.object_type.value) for o in w.workspace.list(folder))
notebook = w.workspace.get_status(f"{folder}/notebook")
data = w.workspace.get_status(f"{folder}/data.csv")
print(
    json.dumps(
        {
            "listed": listed,
            "notebook": [notebook.object_type.value, notebook.language.value if notebook.language else None],
            "file": [data.object_type.value, data.size],
            "notebook_source": w.workspace.download(f"{folder}/notebook", format=ExportFormat.SOURCE).read().decode(),
            "file_auto": w.workspace.download(f"{folder}/data.csv", format=ExportFormat.AUTO).read().decode(),
        }
    )
)
