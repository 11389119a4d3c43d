"""The registration from language to number of the day: holds the draft, moves the screens.

All signals of the screens are connected here, in one place. Screens only show what this
gives them and report taps; this is the only part of the screens that talks to the Desk.
"""

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from kiosk.core.codes import AgeBand, Flag, Referral, Sex
from kiosk.core.errors import ValidationError
from kiosk.core.registration import PartyDraft, Person, Receipt
from kiosk.core.void import VoidedBy
from kiosk.ui.ask_once import AskOnce
from kiosk.ui.idle_reset import IdleReset
from kiosk.ui.interface_language import InterfaceLanguage
from kiosk.ui.refusals import refusal_text
from kiosk.ui.screens import Screens
from kiosk.ui.still_there import StillThere
from kiosk.ui.tap_guard import TapGuard

if TYPE_CHECKING:
    from kiosk.store.desk import Desk

FREQUENT = 8
ASK_FROM_TAPS = 3  # Cancel asks "Discard this registration?" from this many taps on


@dataclass(frozen=True, slots=True)
class Timings:
    """How long the kiosk waits; tests make these short."""

    idle_ms: int | None = None  # None: the desk's idle_seconds setting
    done_ms: int = 20_000  # the number of the day stays this long
    day_check_ms: int = 60_000  # how often the today panel looks whether the day turned
    housekeeping_ms: int | None = 5 * 60_000  # closing the day, purging, backups; None: off
    sync_s: float | None = 300.0  # sending counts to headquarters; None: off
    tap_guard_ms: int = 400  # after a screen changes, taps are ignored this long; 0: never
    choice_ms: int = 150  # a chosen tile shows ✓ this long before the next screen; 0: at once
    idle_warning_ms: int = 15_000  # "Still there?" comes this long before the idle reset


class RegistrationFlow(QObject):
    registered = Signal(object)  # the Receipt: the party is on disk, its documents queued

    def __init__(
        self,
        desk: "Desk",
        screens: Screens,
        stack: QStackedWidget,
        language: InterfaceLanguage,
        timings: Timings | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self.screens = screens
        self._stack = stack
        self._language = language
        self.draft: PartyDraft | None = None
        self.last_receipt: Receipt | None = None
        self._shown_day: date | None = None
        self._frequent: tuple[date, list[str]] | None = None

        timings = timings or Timings()
        idle_ms = timings.idle_ms
        if idle_ms is None:
            idle_ms = desk.settings.desk_settings().idle_seconds * 1000
        self.taps_in_draft = 0  # taps the volunteer put into the registration in progress
        # After any change of screen, taps are ignored for a moment (a double tap on Next
        # must not land on the next screen).
        self.tap_guard = TapGuard(timings.tap_guard_ms, self)
        stack.currentChanged.connect(lambda _index: self.tap_guard.hold())
        self._choice_timer = QTimer(self)
        self._choice_timer.setSingleShot(True)
        self._choice_timer.setInterval(max(0, timings.choice_ms))
        self._choice_timer.timeout.connect(self._after_choice)
        self._chosen_next: QWidget | None = None
        self.idle = IdleReset(idle_ms, self, warning_ms=timings.idle_warning_ms)
        self.still_there = StillThere(stack)
        self.idle.warning.connect(self._warn_idle)
        self.idle.countdown.connect(self.still_there.show_seconds)
        self.idle.resumed.connect(self.still_there.hide)
        self.still_there.continue_tapped.connect(self.idle.resume)
        self.idle.timed_out.connect(self.discard)
        self.ask_discard = AskOnce(
            stack,
            "discard",
            lambda: self.tr("Discard this registration?"),
            lambda: self.tr("Yes, discard"),
            lambda: self.tr("No, keep it"),
        )
        self.ask_discard.yes.connect(self.discard)
        self._done_timer = QTimer(self)
        self._done_timer.setSingleShot(True)
        self._done_timer.setInterval(timings.done_ms)
        self._done_timer.timeout.connect(self.next_arrival)
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(timings.day_check_ms)
        self._day_timer.timeout.connect(self._on_day_timer)
        self._connect()

    def _connect(self) -> None:
        start, party, nationality = self.screens.start, self.screens.party, self.screens.nationality
        needs, confirm, done = self.screens.needs, self.screens.confirm, self.screens.done
        start.language_chosen.connect(self.choose_language)
        start.interface_language_chosen.connect(self.switch_interface_language)
        party.add_person.connect(self.add_person)
        party.remove_person.connect(self.remove_person)
        party.back.connect(lambda: self._go(start))
        party.next.connect(lambda: self._go(nationality))
        nationality.nationality_chosen.connect(self.choose_nationality)
        nationality.back.connect(lambda: self._go(party))
        nationality.next.connect(lambda: self._go(needs))
        needs.flag_toggled.connect(self.toggle_flag)
        needs.referral_toggled.connect(self.toggle_referral)
        needs.suggestion_accepted.connect(self.accept_suggestion)
        needs.back.connect(lambda: self._go(nationality))
        needs.next.connect(self.review)
        confirm.back.connect(lambda: self._go(needs))
        confirm.next.connect(self.register)
        steps = {"start": start, "party": party, "nationality": nationality, "needs": needs}
        confirm.edit.connect(lambda step: self._go(steps[step]))
        for step in (party, nationality, needs, confirm):
            step.cancel.connect(self.cancel)
        done.next_arrival.connect(self.next_arrival)
        # Counted after the step itself ran (choosing a language starts the draft at 0).
        for tap in (
            start.language_chosen, party.add_person, party.remove_person, party.back, party.next,
            nationality.nationality_chosen, nationality.back, nationality.next,
            needs.flag_toggled, needs.referral_toggled, needs.suggestion_accepted, needs.back,
            needs.next,
            confirm.back, confirm.edit,
        ):
            tap.connect(self._count_tap)
        done.print_again.connect(self.print_again)
        done.undo.connect(self.undo_registration)
        done.lingering.connect(self._done_timer.start)

    # -- where we are -------------------------------------------------------------------

    def current(self) -> QWidget | None:
        return self._stack.currentWidget()

    def begin(self) -> None:
        """Show Start with today's counts (after the set-up, when there was one)."""
        site = self._desk.site()
        self.screens.start.show_site(site.name if site else "")
        self.screens.start.show_interface_language(self._language.code())
        self.refresh_today()
        self._day_timer.start()
        self._go(self.screens.start)

    def _go(self, screen: QWidget) -> None:
        if self.draft is not None:
            self.idle.arm()
        self._show(screen)

    def _show(self, screen: QWidget) -> None:
        """Every change of screen goes here (the tap guard follows the stack)."""
        self._choice_timer.stop()
        self._chosen_next = None
        self.ask_discard.hide()
        self._stack.setCurrentWidget(screen)

    def _go_after_choice(self, screen: QWidget) -> None:
        """A tile was chosen: it shows ✓ for a moment, then the next screen comes."""
        if self._choice_timer.interval() <= 0:
            self._go(screen)
            return
        self._chosen_next = screen
        # The ✓ is painted now, before the wait starts: on a loaded desk the tap's own
        # work can take longer than the wait, and the next screen would then come before
        # the chosen tile was ever shown.
        if (shown := self._stack.currentWidget()) is not None:
            shown.repaint()
        self._choice_timer.start()

    def _after_choice(self) -> None:
        if self._chosen_next is not None and self.draft is not None:
            self._go(self._chosen_next)

    def _count_tap(self, *_what: object) -> None:
        if self.draft is not None:
            self.taps_in_draft += 1

    # -- the steps ----------------------------------------------------------------------

    def choose_language(self, code: str) -> None:
        if self.draft is None:
            self.draft = PartyDraft()
            self.taps_in_draft = 0
            self.screens.nationality.show_frequent(self._frequent_nationalities())
            self.screens.nationality.reset()
            self._show_needs()
        self.draft.language = code
        self.screens.start.show_chosen_language(code)
        self._show_people()
        self._go_after_choice(self.screens.party)

    def add_person(self, sex: Sex, band: AgeBand) -> None:
        """One more person of this sex and age band (none beyond MAX_PARTY)."""
        if self.draft is not None and self.draft.add(Person(sex, band)):
            self._show_people()

    def remove_person(self, sex: Sex, band: AgeBand) -> None:
        if self.draft is not None and self.draft.remove(Person(sex, band)):
            self._show_people()

    def _show_people(self) -> None:
        if self.draft is not None:
            self.screens.party.show_people(self.draft.people)
            self._show_needs()

    def _show_needs(self) -> None:
        """The needs screen's toggles, refusals and suggestion, as the draft stands."""
        if self.draft is None:
            self.screens.needs.show_choices(set(), set())
            self.screens.needs.show_plausibility([], None, False)
            return
        self.screens.needs.show_choices(self.draft.flags, self.draft.referrals)
        minors_only = bool(self.draft.people) and all(p.is_child for p in self.draft.people)
        self.screens.needs.show_plausibility(
            self.draft.refusals(), self.draft.suggestion(), minors_only
        )

    def choose_nationality(self, code: str) -> None:
        if self.draft is not None:
            self.draft.nationality = code
            self.screens.nationality.show_chosen(code)
            self._go_after_choice(self.screens.needs)

    def toggle_flag(self, flag: Flag, on: bool) -> None:
        if self.draft is not None:
            (self.draft.flags.add if on else self.draft.flags.discard)(flag)
            self._show_needs()

    def accept_suggestion(self) -> None:
        """One tap: the suggested flags and referrals (a lone minor's) are added."""
        if self.draft is not None:
            suggested = self.draft.suggestion()
            if suggested is not None:
                self.draft.flags |= suggested.flags
                self.draft.referrals |= suggested.referrals
            self._show_needs()

    def toggle_referral(self, referral: Referral, on: bool) -> None:
        if self.draft is not None:
            (self.draft.referrals.add if on else self.draft.referrals.discard)(referral)
            self._show_needs()

    def review(self) -> None:
        if self.draft is not None:
            self.screens.confirm.show_draft(self.draft)
            self._go(self.screens.confirm)

    def register(self) -> None:
        """Store the party; a refused field is named on screen and nothing is stored."""
        if self.draft is None:
            return
        language = self.draft.language
        try:
            receipt = self._desk.registrations.register(self.draft.finish(), hand_out=True)
        except ValidationError as error:
            self.screens.confirm.show_error(error)
            return
        # The party is on disk (committed, synchronous=FULL): only now may Done show it.
        self.last_receipt = receipt
        self._drop_draft()
        self.screens.done.show_receipt(receipt, language)
        self._show(self.screens.done)
        # Laid out and painted here and now: Qt posts a screen's paint at low priority, so a
        # queued call would run before it. The printing thread's wake (`registered`), the
        # hidden steps emptied and the today panel's counts (on Start, not on Done) come
        # after the number is on screen.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.screens.done.repaint()
        self._done_timer.start()
        self.registered.emit(receipt)
        QTimer.singleShot(0, self._after_done_painted)

    def _after_done_painted(self) -> None:
        if self.draft is None:  # no new party begun in between
            self._empty_steps()
        self.refresh_today()

    def next_arrival(self) -> None:
        self._done_timer.stop()
        self.screens.done.show_receipt(None)
        self.check_day()
        self._show(self.screens.start)

    def cancel(self) -> None:
        """Cancel on a step: after a few taps, ask once before the work is thrown away."""
        if self.draft is not None and self.taps_in_draft >= ASK_FROM_TAPS:
            self.ask_discard.ask()
            self.tap_guard.hold()  # a double tap on Cancel must not answer the question
        else:
            self.discard()

    def print_again(self) -> None:
        """Done screen: queue the party's sheet and the same meal tickets once more."""
        receipt = self.last_receipt
        if receipt is None:
            return
        try:
            self._desk.print_queue.reprint_party(receipt.number, receipt.day)
        except ValidationError as error:
            self.screens.done.show_notice(refusal_text(error), problem=True)
            return
        self.screens.done.show_printing_again()

    def undo_registration(self) -> None:
        """Done screen, confirmed: void the party just registered (a volunteer's undo, for
        UNDO_WINDOW), then Start with the counts without it."""
        receipt = self.last_receipt
        if receipt is None:
            return
        try:
            self._desk.registrations.void(receipt.number, VoidedBy.VOLUNTEER_UNDO, receipt.day)
        except ValidationError as error:
            self.screens.done.show_notice(refusal_text(error), problem=True)
            return
        self.last_receipt = None
        self.refresh_today()
        self.next_arrival()

    def discard(self) -> None:
        """Throw the registration in progress away and go back to Start."""
        self._forget_draft()
        self.check_day()
        self._show(self.screens.start)

    def _warn_idle(self, seconds: int) -> None:
        self.still_there.show_seconds(seconds)
        self.still_there.appear()

    def _forget_draft(self) -> None:
        self._drop_draft()
        self._empty_steps()

    def _drop_draft(self) -> None:
        self.draft = None
        self.taps_in_draft = 0
        self.idle.disarm()
        self.still_there.hide()
        self.ask_discard.hide()

    def _empty_steps(self) -> None:
        """The steps' screens show no party (they are hidden: this can wait for a paint)."""
        self.screens.start.show_chosen_language(None)
        self.screens.party.show_people([])
        self.screens.nationality.reset()
        self.screens.needs.show_choices(set(), set())
        self.screens.confirm.show_draft(None)

    # -- the volunteer's side -------------------------------------------------------------

    def refresh_today(self) -> None:
        day = self._desk.today()
        self._shown_day = day
        self.screens.start.today.show_counts(self._desk.registrations.counts(day))
        self.screens.start.today.show_clock_doubt(self._desk.registrations.clock_doubt())
        self._frequent = (day, self._desk.registrations.frequent_nationalities(FREQUENT))

    def check_day(self) -> None:
        """After midnight (site time) the today panel starts again from zero."""
        if self._desk.today() != self._shown_day:
            self.refresh_today()

    def _on_day_timer(self) -> None:
        """Every minute: the day, and a clock set right (or put back by a power cut)."""
        if self._desk.today() != self._shown_day:
            self.refresh_today()
        else:
            self.screens.start.today.show_clock_doubt(self._desk.registrations.clock_doubt())

    def forget_frequent(self) -> None:
        """The big nationality buttons are read again for the next party (a coordinator
        may have pinned others)."""
        self._frequent = None

    def _frequent_nationalities(self) -> list[str]:
        """The big buttons for a new party: read with the today panel's counts (they
        change only with the day or a coordinator's pins), so a language tap does not
        query the database."""
        day = self._desk.today()
        if self._frequent is None or self._frequent[0] != day:
            self._frequent = (day, self._desk.registrations.frequent_nationalities(FREQUENT))
        return self._frequent[1]

    def switch_interface_language(self, code: str) -> None:
        self._language.switch(code)
        self.screens.start.show_interface_language(code)
        settings = self._desk.settings.desk_settings()
        if settings.interface_language != code:
            self._desk.settings.save_desk_settings(replace(settings, interface_language=code))
