"""databricks-sdk 0.29.0 peer: import and export notebooks both ways the SDK offers: the JSON calls
(import_/export, base64 content) and the mixin's upload/download (multipart import, direct_download export).
Usage: sdk_workspace.py SOURCE_FILE FOLDER. Prints JSON with the exported texts."""

import base64
import json
import sys

from databricks.sdk import WorkspaceClient
from databricks.sdk.service.workspace import ExportFormat, ImportFormat, Language

source_file, folder = sys.argv[1:3]
with open(source_file, "rb") as f:
    source = f.read()

w = WorkspaceClient()
w.workspace.mkdirs(folder)

json_path = f"{folder}/via-json"
w.workspace.import_(
    json_path,
    content=base64.b64encode(source).decode(),
    format=ImportFormat.SOURCE,
    language=Language.PYTHON,
    overwrite=True,
)
exported = w.workspace.export(json_path, format=ExportFormat.SOURCE)
jupyter = w.workspace.export(json_path, format=ExportFormat.JUPYTER)

upload_path = f"{folder}/via-upload.py"  # the mixin takes the language from the suffix
w.workspace.upload(upload_path, source, format=ImportFormat.SOURCE, overwrite=True)
downloaded = w.workspace.download(upload_path, format=ExportFormat.SOURCE).read()

status = w.workspace.get_status(json_path)
listed = sorted((o.path, o.object_type.value) for o in w.workspace.list(folder))
print(
    json.dumps(
        {
            "exported": base64.b64decode(exported.content).decode("utf-8"),
            "jupyter": json.loads(base64.b64decode(jupyter.content)),
            "downloaded": downloaded.decode("utf-8"),
            "object_type": status.object_type.value,
            "language": status.language.value,
            "listed": listed,
        }
    )
)
