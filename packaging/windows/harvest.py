"""Write files.wxs: every file of the bundle as a WiX component (``BundleFiles``).

    python packaging/windows/harvest.py dist/tizilim packaging/windows/files.wxs

One component per file, its GUID derived from the file's path (the same file keeps its GUID
from one build to the next, as Windows Installer wants), folders nested as in the bundle.
Pure Python, so the same list is made on Windows (build.ps1) and on Linux (CI, with wixl).
"""

from __future__ import annotations

import hashlib
import sys
import uuid
import xml.etree.ElementTree as ET
from pathlib import Path

NS = "http://schemas.microsoft.com/wix/2006/wi"
NAMESPACE = uuid.UUID("2F6C1E9A-6A0B-4E0F-8F5C-3D9B1A7E2C40")


def ident(prefix: str, rel: str) -> str:
    """A WiX identifier (at most 72 characters) for a path inside the bundle."""
    return f"{prefix}_{hashlib.sha1(rel.encode()).hexdigest()[:32]}"


def harvest(bundle: Path) -> ET.Element:
    ET.register_namespace("", NS)
    wix = ET.Element(f"{{{NS}}}Wix")
    frag = ET.SubElement(wix, f"{{{NS}}}Fragment")
    root = ET.SubElement(frag, f"{{{NS}}}DirectoryRef", Id="INSTALLDIR")
    group = ET.SubElement(ET.SubElement(wix, f"{{{NS}}}Fragment"), f"{{{NS}}}ComponentGroup",
                          Id="BundleFiles")
    dirs: dict[Path, ET.Element] = {Path("."): root}
    for path in sorted(bundle.rglob("*")):
        rel = path.relative_to(bundle)
        if path.is_dir():
            parent = dirs[rel.parent]
            dirs[rel] = ET.SubElement(parent, f"{{{NS}}}Directory",
                                      Id=ident("dir", rel.as_posix()), Name=path.name)
            continue
        key = rel.as_posix()
        comp = ET.SubElement(dirs[rel.parent], f"{{{NS}}}Component", Id=ident("cmp", key),
                             Guid=str(uuid.uuid5(NAMESPACE, key)).upper(), Win64="yes")
        ET.SubElement(comp, f"{{{NS}}}File", Id=ident("fil", key), KeyPath="yes",
                      Source=f"$(var.Bundle)/{key}")
        ET.SubElement(group, f"{{{NS}}}ComponentRef", Id=ident("cmp", key))
    return wix


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print("usage: harvest.py BUNDLE_DIR OUT.wxs", file=sys.stderr)
        return 64
    bundle, out = Path(argv[1]), Path(argv[2])
    if not bundle.is_dir():
        print(f"harvest: no bundle at {bundle}", file=sys.stderr)
        return 1
    tree = ET.ElementTree(harvest(bundle))
    ET.indent(tree, space="  ")
    tree.write(out, encoding="utf-8", xml_declaration=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
