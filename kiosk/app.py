"""Start the touchscreen: open the desk's database, then show the screens full screen.

Imports of Qt and the store happen inside `run`, so that `--help` and the no-screen check
are instant and a cold start loads only what the first screen needs.
"""

import argparse
import os
import sys
from pathlib import Path

NO_SCREEN = (
    "No screen found: neither DISPLAY nor WAYLAND_DISPLAY is set. Start the kiosk on the "
    "desk's screen, or start with --offscreen to run without one."
)


def _has_screen() -> bool:
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def run(
    data_dir: Path,
    *,
    windowed: bool = False,
    offscreen: bool = False,
    screenshot: Path | None = None,
    exit_after_first_paint: bool = False,
) -> int:
    """Run the kiosk until it is closed; returns the process exit status."""
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    elif not _has_screen():
        print(NO_SCREEN, file=sys.stderr)
        return 2

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from kiosk.paths import database_path, translations_dir
    from kiosk.store.database import DatabaseProblem
    from kiosk.store.desk import Desk

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Startpunt Kiosk")
    try:
        desk = Desk.open(database_path(data_dir))
    except (DatabaseProblem, OSError) as problem:
        print(str(problem), file=sys.stderr)
        if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(None, "Startpunt Kiosk", str(problem))
        return 2

    from kiosk.ui.fonts import use_kiosk_fonts
    from kiosk.ui.interface_language import InterfaceLanguage
    from kiosk.ui.main_window import MainWindow

    try:
        use_kiosk_fonts(app)
        language = InterfaceLanguage(translations_dir(), app)
        language.switch(desk.desk_settings().interface_language)
        window = MainWindow(desk, language)
        if screenshot is not None:
            target = screenshot

            def save_and_quit() -> None:
                window.grab().save(str(target))
                app.quit()

            window.first_paint.connect(lambda: QTimer.singleShot(0, save_and_quit))
        elif exit_after_first_paint:
            # Once the paint is on screen, not in the middle of it.
            window.first_paint.connect(lambda: QTimer.singleShot(0, app.quit))
        window.show_on_desk(windowed or screenshot is not None)
        return app.exec()
    finally:
        desk.close()


def main() -> None:
    parser = argparse.ArgumentParser(
        prog="startpunt-kiosk", description="The touchscreen of a Startpunt reception desk."
    )
    parser.add_argument("--data-dir", help="where the database lives (else $KIOSK_DATA_DIR)")
    parser.add_argument(
        "--windowed", action="store_true", help="a 1280×800 window, not full screen"
    )
    parser.add_argument("--offscreen", action="store_true", help="run without a screen")
    parser.add_argument("--screenshot", type=Path, metavar="PATH",
                        help="save the first screen as an image to PATH, then quit")
    parser.add_argument("--exit-after-first-paint", action="store_true",
                        help="quit as soon as the first screen is painted (start-up timing)")
    args = parser.parse_args()

    from kiosk.paths import data_dir

    sys.exit(run(
        data_dir(args.data_dir),
        windowed=args.windowed,
        offscreen=args.offscreen,
        screenshot=args.screenshot,
        exit_after_first_paint=args.exit_after_first_paint,
    ))


if __name__ == "__main__":
    main()
