"""The Debian packages the kiosk's window needs on X11, and which of them are missing.

PySide6's wheel brings Qt itself, but its X11 platform plugin (plugins/platforms/libqxcb.so
and libQt6XcbQpa) loads these system libraries. When one is missing, Qt prints a long
message about "xcb" that names no package and aborts; the kiosk looks first and says which
packages to install. The list comes from the plugin's NEEDED entries, and those of the Qt
libraries it loads, each mapped to its package with `dpkg -S` (Debian 12 bookworm; trixie
ships the same names, glib as libglib2.0-0t64 which provides libglib2.0-0). Python's own
libraries (libc, libstdc++, zlib …) are not listed: a Python that runs has them.

No Qt here: this runs before Qt starts.
"""

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

# soname -> Debian package
X11_LIBRARIES: Mapping[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}


def _loads(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing_packages(
    libraries: Mapping[str, str] = X11_LIBRARIES, loads: Callable[[str], bool] = _loads
) -> list[str]:
    """The packages of the libraries in `libraries` that cannot be loaded, each once, in
    the order of the list."""
    missing: list[str] = []
    for soname, package in libraries.items():
        if package not in missing and not loads(soname):
            missing.append(package)
    return missing


def uses_x11(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> bool:
    """Whether Qt will open its window through the X11 plugin: on Linux with a DISPLAY,
    when QT_QPA_PLATFORM asks for xcb, or asks for nothing outside a Wayland session."""
    if not platform.startswith("linux") or not environ.get("DISPLAY"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.startswith("xcb")
    return not environ.get("WAYLAND_DISPLAY")


def missing_message(packages: list[str]) -> str:
    return (
        f"The kiosk's window needs these Debian packages: {', '.join(packages)} "
        f"(sudo apt install {' '.join(packages)})"
    )
