"""Write the metainfo a store needs: the committed one plus a homepage and the screenshots.

    python packaging/metainfo_release.py --homepage URL --screenshots-url BASE [--out FILE]

AppStream wants the homepage and every screenshot as a web address. The project has no public
address yet, so the committed ``io.github.limber.Limber.metainfo.xml`` has neither; once it
has one, this adds ``<url type="homepage">`` and a ``<screenshots>`` block whose images are
``BASE/<file>`` for the files in assets/screenshots/ named below (BASE is where those files
are served, e.g. a forge's raw-file address for assets/screenshots). Validate the result with
``appstreamcli validate --no-net``.
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
METAINFO = ROOT / "packaging" / "io.github.limber.Limber.metainfo.xml"
SCREENSHOTS = ROOT / "assets" / "screenshots"
# The screenshots a store shows, first the default one, with their captions.
CAPTIONS = {
    "session-right-1280x800.png": "A stretch under way: the right side, with the seconds left",
    "home-1280x800.png": "Choosing a warm-up or a cool-down",
    "finish-cool-down-1280x800.png": "Done: what to drink and eat, and a knee check-in",
    "session-left-1280x800-dark.png": "The left side, in the dark theme",
}


def _web(url: str) -> str:
    if not url.startswith("https://"):
        raise SystemExit(f"{url!r}: expected an https:// address")
    return url.rstrip("/")


def release_metainfo(homepage: str, screenshots_url: str, source: Path = METAINFO) -> str:
    tree = ET.parse(source)
    root = tree.getroot()
    if root.find("url") is not None or root.find("screenshots") is not None:
        raise SystemExit(f"{source} already has a homepage or screenshots")
    children = list(root)
    after = next(i for i, child in enumerate(children) if child.tag == "launchable") + 1
    url = ET.Element("url", type="homepage")
    url.text = _web(homepage)
    shots = ET.Element("screenshots")
    for index, (name, caption) in enumerate(CAPTIONS.items()):
        if not (SCREENSHOTS / name).is_file():
            raise SystemExit(f"{SCREENSHOTS / name} is missing: run packaging/screenshots.py")
        shot = ET.SubElement(shots, "screenshot", {"type": "default"} if index == 0 else {})
        ET.SubElement(shot, "caption").text = caption
        ET.SubElement(shot, "image").text = f"{_web(screenshots_url)}/{name}"
    root.insert(after, url)
    root.insert(after + 1, shots)
    ET.indent(tree, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--homepage", required=True, help="the project's public web address")
    parser.add_argument("--screenshots-url", required=True,
                        help="the web address that serves assets/screenshots/")
    parser.add_argument("--out", type=Path, help="the file to write (default: standard output)")
    args = parser.parse_args()
    text = release_metainfo(args.homepage, args.screenshots_url)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
