from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.libraries_maven_library import LibrariesMavenLibrary
    from ..models.libraries_python_py_pi_library import LibrariesPythonPyPiLibrary
    from ..models.libraries_r_cran_library import LibrariesRCranLibrary


T = TypeVar("T", bound="Library")


@_attrs_define
class Library:
    """A library to install on a cluster. Exactly one of `jar`, `egg`, `whl`, `pypi`, `maven`, `cran` and
    (later) `requirements` must be set (the server rejects other combinations with
    `INVALID_PARAMETER_VALUE`).

        Example:
            {'pypi': {'package': 'simplejson==3.8.0'}}

        Attributes:
            jar (str | Unset): URI of the JAR, e.g. `dbfs:/mnt/databricks/library.jar` (DBFS; on AWS also S3 with an
                instance profile).
            egg (str | Unset): URI of the Python egg, e.g. `dbfs:/my/egg`.
            whl (str | Unset): URI of the wheel or of a zip of wheels. The file name must use the wheel naming convention;
                zipped wheels must end in `.wheelhouse.zip`.
            pypi (LibrariesPythonPyPiLibrary | Unset): A PyPI package.
            maven (LibrariesMavenLibrary | Unset): A Maven package.
            cran (LibrariesRCranLibrary | Unset): A CRAN package.
            requirements (str | Unset): URI of a `requirements.txt` file whose packages are installed with pip, e.g.
                `/Workspace/path/to/requirements.txt` or `/Volumes/path/to/requirements.txt` (later;
                databricks-sdk 0.162.0 `Library.requirements`).
    """

    jar: str | Unset = UNSET
    egg: str | Unset = UNSET
    whl: str | Unset = UNSET
    pypi: LibrariesPythonPyPiLibrary | Unset = UNSET
    maven: LibrariesMavenLibrary | Unset = UNSET
    cran: LibrariesRCranLibrary | Unset = UNSET
    requirements: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jar = self.jar

        egg = self.egg

        whl = self.whl

        pypi: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pypi, Unset):
            pypi = self.pypi.to_dict()

        maven: dict[str, Any] | Unset = UNSET
        if not isinstance(self.maven, Unset):
            maven = self.maven.to_dict()

        cran: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cran, Unset):
            cran = self.cran.to_dict()

        requirements = self.requirements

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if jar is not UNSET:
            field_dict["jar"] = jar
        if egg is not UNSET:
            field_dict["egg"] = egg
        if whl is not UNSET:
            field_dict["whl"] = whl
        if pypi is not UNSET:
            field_dict["pypi"] = pypi
        if maven is not UNSET:
            field_dict["maven"] = maven
        if cran is not UNSET:
            field_dict["cran"] = cran
        if requirements is not UNSET:
            field_dict["requirements"] = requirements

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.libraries_maven_library import LibrariesMavenLibrary  # noqa: PLC0415
        from ..models.libraries_python_py_pi_library import LibrariesPythonPyPiLibrary  # noqa: PLC0415
        from ..models.libraries_r_cran_library import LibrariesRCranLibrary  # noqa: PLC0415

        d = dict(src_dict)
        jar = d.pop("jar", UNSET)

        egg = d.pop("egg", UNSET)

        whl = d.pop("whl", UNSET)

        _pypi = d.pop("pypi", UNSET)
        pypi: LibrariesPythonPyPiLibrary | Unset
        if isinstance(_pypi, Unset):
            pypi = UNSET
        else:
            pypi = LibrariesPythonPyPiLibrary.from_dict(_pypi)

        _maven = d.pop("maven", UNSET)
        maven: LibrariesMavenLibrary | Unset
        if isinstance(_maven, Unset):
            maven = UNSET
        else:
            maven = LibrariesMavenLibrary.from_dict(_maven)

        _cran = d.pop("cran", UNSET)
        cran: LibrariesRCranLibrary | Unset
        if isinstance(_cran, Unset):
            cran = UNSET
        else:
            cran = LibrariesRCranLibrary.from_dict(_cran)

        requirements = d.pop("requirements", UNSET)

        library = cls(
            jar=jar,
            egg=egg,
            whl=whl,
            pypi=pypi,
            maven=maven,
            cran=cran,
            requirements=requirements,
        )

        library.additional_properties = d
        return library

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
