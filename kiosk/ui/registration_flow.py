"""The registration from language to number of the day: holds the draft, moves the screens.

All signals of the screens are connected here, in one place. Screens only show what this
gives them and report taps; this is the only part of the screens that talks to the Desk.
"""

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from kiosk.core.codes import AgeBand, Flag, Referral, Sex
from kiosk.core.errors import ValidationError
from kiosk.core.registration import ADULT, MAX_PARTY, PartyDraft, Receipt
from kiosk.core.void import VoidedBy
from kiosk.ui.idle_reset import IdleReset
from kiosk.ui.interface_language import InterfaceLanguage
from kiosk.ui.refusals import refusal_text
from kiosk.ui.screens import Screens

if TYPE_CHECKING:
    from kiosk.store.desk import Desk

FREQUENT = 8


@dataclass(frozen=True, slots=True)
class Timings:
    """How long the kiosk waits; tests make these short."""

    idle_ms: int | None = None  # None: the desk's idle_seconds setting
    done_ms: int = 20_000  # the number of the day stays this long
    day_check_ms: int = 60_000  # how often the today panel looks whether the day turned
    housekeeping_ms: int | None = 5 * 60_000  # closing the day, purging, backups; None: off
    sync_s: float | None = 300.0  # sending counts to headquarters; None: off


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
        self.selected_person = 0
        self.last_receipt: Receipt | None = None
        self._shown_day: date | None = None

        timings = timings or Timings()
        idle_ms = timings.idle_ms
        if idle_ms is None:
            idle_ms = desk.settings.desk_settings().idle_seconds * 1000
        self.idle = IdleReset(idle_ms, self)
        self.idle.timed_out.connect(self.discard)
        self._done_timer = QTimer(self)
        self._done_timer.setSingleShot(True)
        self._done_timer.setInterval(timings.done_ms)
        self._done_timer.timeout.connect(self.next_arrival)
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(timings.day_check_ms)
        self._day_timer.timeout.connect(self.check_day)
        self._connect()

    def _connect(self) -> None:
        start, party, nationality = self.screens.start, self.screens.party, self.screens.nationality
        needs, confirm, done = self.screens.needs, self.screens.confirm, self.screens.done
        start.language_chosen.connect(self.choose_language)
        start.interface_language_chosen.connect(self.switch_interface_language)
        party.add_person.connect(self.add_person)
        party.person_tapped.connect(self.select_person)
        party.age_band_chosen.connect(self.set_age_band)
        party.sex_chosen.connect(self.set_sex)
        party.remove_person.connect(self.remove_person)
        party.back.connect(lambda: self._go(start))
        party.next.connect(lambda: self._go(nationality))
        nationality.nationality_chosen.connect(self.choose_nationality)
        nationality.back.connect(lambda: self._go(party))
        nationality.next.connect(lambda: self._go(needs))
        needs.flag_toggled.connect(self.toggle_flag)
        needs.referral_toggled.connect(self.toggle_referral)
        needs.back.connect(lambda: self._go(nationality))
        needs.next.connect(self.review)
        confirm.back.connect(lambda: self._go(needs))
        confirm.next.connect(self.register)
        for step in (party, nationality, needs, confirm):
            step.cancel.connect(self.discard)
        done.next_arrival.connect(self.next_arrival)
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
        self._stack.setCurrentWidget(screen)

    # -- the steps ----------------------------------------------------------------------

    def choose_language(self, code: str) -> None:
        if self.draft is None:
            self.draft = PartyDraft()
            self.selected_person = 0
            self.screens.nationality.show_frequent(self._desk.registrations.frequent_nationalities(FREQUENT))
            self.screens.nationality.show_chosen(None)
            self.screens.nationality.clear_search()
            self.screens.needs.show_choices(set(), set())
        self.draft.language = code
        self.screens.start.show_chosen_language(code)
        self._show_people()
        self._go(self.screens.party)

    def add_person(self) -> None:
        if self.draft is not None and len(self.draft.people) < MAX_PARTY:
            self.draft.people.append(ADULT)
            self.selected_person = len(self.draft.people) - 1
            self._show_people()

    def select_person(self, index: int) -> None:
        if self.draft is not None and 0 <= index < len(self.draft.people):
            self.selected_person = index
            self._show_people()

    def set_age_band(self, band: AgeBand) -> None:
        if self.draft is not None:
            person = self.draft.people[self.selected_person]
            self.draft.people[self.selected_person] = replace(person, age_band=band)
            self._show_people()

    def set_sex(self, sex: Sex) -> None:
        if self.draft is not None:
            person = self.draft.people[self.selected_person]
            self.draft.people[self.selected_person] = replace(person, sex=sex)
            self._show_people()

    def remove_person(self) -> None:
        if self.draft is not None and len(self.draft.people) > 1:
            del self.draft.people[self.selected_person]
            self.selected_person = min(self.selected_person, len(self.draft.people) - 1)
            self._show_people()

    def _show_people(self) -> None:
        if self.draft is not None:
            self.screens.party.show_people(self.draft.people, self.selected_person)

    def choose_nationality(self, code: str) -> None:
        if self.draft is not None:
            self.draft.nationality = code
            self.screens.nationality.show_chosen(code)
            self._go(self.screens.needs)

    def toggle_flag(self, flag: Flag, on: bool) -> None:
        if self.draft is not None:
            (self.draft.flags.add if on else self.draft.flags.discard)(flag)

    def toggle_referral(self, referral: Referral, on: bool) -> None:
        if self.draft is not None:
            (self.draft.referrals.add if on else self.draft.referrals.discard)(referral)

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
        self.last_receipt = receipt
        self.registered.emit(receipt)
        self._forget_draft()
        self.refresh_today()
        self.screens.done.show_receipt(receipt, language)
        self._stack.setCurrentWidget(self.screens.done)
        self._done_timer.start()

    def next_arrival(self) -> None:
        self._done_timer.stop()
        self.screens.done.show_receipt(None)
        self.check_day()
        self._stack.setCurrentWidget(self.screens.start)

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
        self._stack.setCurrentWidget(self.screens.start)

    def _forget_draft(self) -> None:
        self.draft = None
        self.selected_person = 0
        self.idle.disarm()
        self.screens.start.show_chosen_language(None)
        self.screens.party.show_people([], 0)
        self.screens.nationality.show_chosen(None)
        self.screens.nationality.clear_search()
        self.screens.needs.show_choices(set(), set())
        self.screens.confirm.show_draft(None)

    # -- the volunteer's side -------------------------------------------------------------

    def refresh_today(self) -> None:
        day = self._desk.today()
        self._shown_day = day
        self.screens.start.today.show_counts(self._desk.registrations.counts(day))

    def check_day(self) -> None:
        """After midnight (site time) the today panel starts again from zero."""
        if self._desk.today() != self._shown_day:
            self.refresh_today()

    def switch_interface_language(self, code: str) -> None:
        self._language.switch(code)
        self.screens.start.show_interface_language(code)
        settings = self._desk.settings.desk_settings()
        if settings.interface_language != code:
            self._desk.settings.save_desk_settings(replace(settings, interface_language=code))
