"""multipart/form-data request bodies (DBFS put, workspace import, 1.2 command execute): text fields in memory,
file parts spooled to disk so that a large upload never sits in memory."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import IO, Any

from python_multipart import MultipartParser
from python_multipart.multipart import parse_options_header

from .errors import ApiError
from .service import UploadedFile

#: Request bodies up to this size stay in memory; the largest text field of a form.
SPOOL_BYTES = 1024 * 1024


def utf8(data: bytes, what: str) -> str:
    """``data`` as UTF-8 text; MALFORMED_REQUEST naming ``what`` when it is not."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ApiError.malformed(f"The {what} is not valid UTF-8 (byte {exc.start}).") from None


def parse_multipart(
    body: IO[bytes], ctype_header: str, files: dict[str, UploadedFile], upload_dir: Path
) -> dict[str, Any]:
    """The text fields of a multipart/form-data ``body``; its file parts are spooled to files under ``upload_dir``
    and added to ``files`` (a later part of the same name replaces an earlier one, whose file is removed). A text
    field over 1 MB is INVALID_PARAMETER_VALUE; a body python-multipart cannot parse is MALFORMED_REQUEST."""
    _, options = parse_options_header(ctype_header)
    boundary = options.get(b"boundary")
    if not boundary:
        raise ApiError.malformed("multipart/form-data without a boundary")
    fields: dict[str, Any] = {}
    state: dict[str, Any] = {}

    def on_part_begin() -> None:
        state.update(headers={}, name=None, filename=None, sink=None, buf=bytearray(), size=0, field=b"", value=b"")

    def on_header_field(data: bytes, start: int, end: int) -> None:
        state["field"] += data[start:end]

    def on_header_value(data: bytes, start: int, end: int) -> None:
        state["value"] += data[start:end]

    def on_header_end() -> None:
        # Raw bytes: a field name in UTF-8 (as browsers and httpx send it) would not survive the latin-1 round
        # trip that parse_options_header does on a str.
        state["headers"][state["field"].decode("latin-1").lower()] = bytes(state["value"])
        state["field"], state["value"] = b"", b""

    def on_headers_finished() -> None:
        _, disp = parse_options_header(state["headers"].get("content-disposition", b""))
        name = disp.get(b"name")
        state["name"] = name.decode("utf-8", "replace") if name else None
        filename = disp.get(b"filename")
        if filename is not None:
            state["filename"] = filename.decode("utf-8", "replace")
            fd, tmp = tempfile.mkstemp(dir=upload_dir)
            state["path"] = Path(tmp)
            state["sink"] = open(fd, "wb")  # noqa: SIM115 - closed in on_part_end

    def on_part_data(data: bytes, start: int, end: int) -> None:
        chunk = data[start:end]
        state["size"] += len(chunk)
        if state["sink"] is not None:
            state["sink"].write(chunk)
        else:
            if state["size"] > SPOOL_BYTES:
                raise ApiError.invalid(f"Form field {state['name']} is larger than 1 MB")
            state["buf"] += chunk

    def on_part_end() -> None:
        name = state["name"]
        if state["sink"] is not None:
            state["sink"].close()
            if name is None:
                state["path"].unlink(missing_ok=True)
                return
            if name in files:
                files[name].path.unlink(missing_ok=True)
            ctype = state["headers"].get("content-type")
            files[name] = UploadedFile(
                state["filename"], state["path"], state["size"], ctype.decode("utf-8", "replace") if ctype else None
            )
        elif name is not None:
            fields[name] = utf8(bytes(state["buf"]), f"form field {name}")

    parser = MultipartParser(
        boundary,
        {
            "on_part_begin": on_part_begin,
            "on_part_data": on_part_data,
            "on_part_end": on_part_end,
            "on_header_field": on_header_field,
            "on_header_value": on_header_value,
            "on_header_end": on_header_end,
            "on_headers_finished": on_headers_finished,
        },
    )
    try:
        while chunk := body.read(SPOOL_BYTES):
            parser.write(chunk)
        parser.finalize()
    except ApiError:
        raise
    except Exception as exc:  # python-multipart raises its own errors on broken bodies
        raise ApiError.malformed(f"Malformed multipart body: {exc}") from None
    finally:
        # A file part that never ended (an error, or a body cut off before its closing boundary, which finalize()
        # lets pass) is in no ``files`` entry that the app removes after the request: remove its spool file here.
        if state.get("sink") is not None and not state["sink"].closed:
            state["sink"].close()
            state["path"].unlink(missing_ok=True)
    return fields
