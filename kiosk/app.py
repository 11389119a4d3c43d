"""Start the touchscreen: paint the first screen, then open the desk's database behind it.

Imports of Qt and the store happen inside `run`, so that `--help` and the no-screen check
are instant. A cold start loads only what the first screen needs: it is painted from a
read-only peek at the database (stdlib sqlite3, `kiosk.store.peek`); SQLAlchemy, the desk
(quick_check, backup, migration) and the other screens come right after the first paint.
When the peek cannot tell, the desk opens first, as it always did.
"""

import argparse
import gc
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.core.clock import BadClockSetting, Clock, clock_from_environment

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from kiosk.store.desk import Desk
    from kiosk.store.peek import FirstLook
    from kiosk.ui.crash_recovery import CrashRecovery
    from kiosk.ui.gui_thread_collector import GuiThreadCollector

NO_SCREEN = (
    "No screen found: neither DISPLAY nor WAYLAND_DISPLAY is set. Start the kiosk on the "
    "desk's screen, or start with --offscreen to run without one."
)


def _has_screen() -> bool:
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def _missing_window_packages() -> list[str]:
    """The Debian packages Qt's X11 window would fail without (none off X11)."""
    from kiosk.window_packages import missing_packages, uses_x11

    return missing_packages() if uses_x11() else []


def run(
    data_dir: Path,
    *,
    windowed: bool = False,
    offscreen: bool = False,
    screenshot: Path | None = None,
    exit_after_first_paint: bool = False,
    exit_when_ready: bool = False,
    clock: Clock | None = None,
) -> int:
    """Run the kiosk until it is closed; returns the process exit status. Every screen and
    chore reads the time from `clock` (default: the machine's, or KIOSK_CLOCK)."""
    if clock is None:
        try:
            clock = clock_from_environment()
        except BadClockSetting as error:
            print(str(error), file=sys.stderr)
            return 2
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    elif not _has_screen():
        print(NO_SCREEN, file=sys.stderr)
        return 2
    elif missing := _missing_window_packages():
        from kiosk.window_packages import missing_message

        print(missing_message(missing), file=sys.stderr)
        return 2

    # Starting allocates many objects and frees few: no collections until the first paint
    # (see _settle), else the collector walks the same new objects some fifty times.
    gc.disable()
    desks: list[Desk] = []  # the one open desk, once it is open
    try:
        from PySide6.QtWidgets import QApplication

        from kiosk.paths import database_path
        from kiosk.store.peek import peek

        app = QApplication.instance() or QApplication(sys.argv[:1])
        assert isinstance(app, QApplication)
        app.setApplicationName("Startpunt Kiosk")
        path = database_path(data_dir)
        look = peek(path)
        if look is None:
            desk = _open_desk(path, clock)
            if desk is None:
                return 2
            desks.append(desk)
        return _show(
            app,
            path,
            clock,
            look,
            desks,
            windowed=windowed,
            screenshot=screenshot,
            exit_after_first_paint=exit_after_first_paint,
            exit_when_ready=exit_when_ready,
        )
    finally:
        for desk in desks:
            desk.close()
        gc.enable()


def _show(
    app: "QApplication",
    path: Path,
    clock: Clock,
    look: "FirstLook | None",
    desks: "list[Desk]",
    *,
    windowed: bool,
    screenshot: Path | None,
    exit_after_first_paint: bool,
    exit_when_ready: bool,
) -> int:
    """Paint the first screen (with the desk in `desks` when it opened first, else from
    `look`), open the desk after the first paint, and run until the kiosk is closed."""
    from PySide6.QtCore import QTimer

    from kiosk.core.site import VOLUNTEER_LANGUAGES, DeskSettings
    from kiosk.paths import translations_dir
    from kiosk.ui.fonts import use_kiosk_fonts
    from kiosk.ui.gui_thread_collector import GuiThreadCollector
    from kiosk.ui.interface_language import InterfaceLanguage
    from kiosk.ui.main_window import MainWindow

    use_kiosk_fonts(app)
    language = InterfaceLanguage(translations_dir(), app)
    if desks:
        language.switch(desks[0].settings.desk_settings().interface_language)
        window = MainWindow(desks[0], language)
    else:
        assert look is not None
        saved = look.interface_language
        language.switch(
            saved if saved in VOLUNTEER_LANGUAGES else DeskSettings().interface_language
        )
        window = MainWindow(None, language, needs_setup=not look.set_up, site_name=look.site_name)

    collector = GuiThreadCollector(app)

    def open_desk() -> None:
        desk = _open_desk(path, clock, window)
        if desk is None:
            window.allow_close()
            app.exit(2)
            return
        desks.append(desk)
        saved = desk.settings.desk_settings().interface_language
        if saved != language.code():
            language.switch(saved)
        window.attach_desk(desk)
        _settle(collector)

    def finish() -> None:
        if screenshot is not None:
            window.grab().save(str(screenshot))
        window.allow_close()
        app.quit()

    recoveries: list[CrashRecovery] = []

    def look_after_the_kiosk() -> None:
        """The rotating log and the crash hook, set up once the first screen is painted
        (nothing before it needs them, and a cold start should not wait for them)."""
        from kiosk.logs import set_up_logging
        from kiosk.ui.crash_recovery import CrashRecovery

        set_up_logging(path.parent)
        recovery = CrashRecovery(window)
        recovery.install()
        recoveries.append(recovery)

    def after_first_paint() -> None:
        _settle(collector)
        if exit_after_first_paint or (screenshot is not None and not exit_when_ready):
            finish()
            return
        look_after_the_kiosk()
        if not window.has_desk():
            open_desk()
        if window.has_desk() and exit_when_ready:
            QTimer.singleShot(0, finish)  # once the counts are laid out and painted

    # Once the paint is on screen, not in the middle of it.
    window.first_paint.connect(lambda: QTimer.singleShot(0, after_first_paint))
    window.show_on_desk(windowed or screenshot is not None)
    try:
        return app.exec()
    finally:
        for recovery in recoveries:
            recovery.uninstall()
        window.shutdown()  # the printing thread stops before the desk closes
        collector.stop()


def _settle(collector: "GuiThreadCollector") -> None:
    """What the start built (modules, classes, screens) lives as long as the kiosk: keep it
    out of every later collection, and collect from here on, on the GUI thread only (see
    kiosk.ui.gui_thread_collector)."""
    gc.freeze()
    collector.start()


def _open_desk(path: Path, clock: Clock, window: "QWidget | None" = None) -> "Desk | None":
    """The desk; None once a problem with its database has been told plainly, on stderr and
    (with a screen) in a message box over the window."""
    from kiosk.store.database import DatabaseProblem
    from kiosk.store.desk import Desk

    try:
        return Desk.open(path, clock=clock)
    except (DatabaseProblem, OSError) as problem:
        print(str(problem), file=sys.stderr)
        if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(window, "Startpunt Kiosk", str(problem))
        return None


RENDER_PROCESS_FLAG = "--render-process"  # = kiosk.printing.render_process.RENDER_PROCESS_FLAG


def main() -> None:
    if sys.argv[1:2] == [RENDER_PROCESS_FLAG]:  # the frozen build's render process
        from kiosk.printing.render_process import serve

        sys.exit(serve(sys.argv[2:]))
    parser = argparse.ArgumentParser(
        prog="startpunt-kiosk", description="The touchscreen of a Startpunt reception desk."
    )
    parser.add_argument("--data-dir", help="where the database lives (else $KIOSK_DATA_DIR)")
    parser.add_argument(
        "--windowed", action="store_true", help="a 1280×800 window, not full screen"
    )
    parser.add_argument("--offscreen", action="store_true", help="run without a screen")
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="PATH",
        help="save the first screen as painted first (or, with "
        "--exit-when-ready, once ready) as an image to PATH, then quit",
    )
    parser.add_argument(
        "--exit-after-first-paint",
        action="store_true",
        help="quit as soon as the first screen is painted (start-up timing)",
    )
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help="quit once the desk is open and the first screen shows its data (start-up timing)",
    )
    args = parser.parse_args()
    from kiosk.paths import data_dir, keep_files_private

    keep_files_private()  # logs, exports and the database: for the kiosk's user alone

    sys.exit(
        run(
            data_dir(args.data_dir),
            windowed=args.windowed,
            offscreen=args.offscreen,
            screenshot=args.screenshot,
            exit_after_first_paint=args.exit_after_first_paint,
            exit_when_ready=args.exit_when_ready,
        )
    )


def command_line() -> None:
    """`kiosk`: the command line, which starts these screens when no command is given."""
    from kiosk.cli.main import main as cli_main

    sys.exit(cli_main(start_screens=run))


if __name__ == "__main__":
    main()
