#!/usr/bin/python3
"""A careful reviewer's keyboard pass over one book, in headless Chromium, in each review mode; what it costs.

Runs `sohoa run` on a batch once, then, for each mode on its own copy of the workspace, has two reviewers resolve
every field of the book with the keyboard only, as a careful reviewer works:

- keep the value in the input when it is right (Enter);
- take an alternative with Alt+1…Alt+5 when one is right; else type the value without marks, word by word, and
  take the page's proposal with Alt+0 as soon as it is right;
- otherwise type the value over the selected pre-fill (Telex keys counted for marks), as shorthand where the page
  takes it: a date as its eight digits, a time as its four, a registration number without its year;
- a cell the book leaves blank under a reading is emptied and saved blank.

In group mode the reviewer first works through the group confirmation grids: the eye is the truth of each crop
(looked up in the workspace by the crop's place in the grid, which the page does not tell): the crops that do not hold
the proposed value, check crops among them, are reached with the arrow keys and toggled with Space, and Enter
confirms the rest; then what is left is keyed in record mode.

Fields that need four eyes get their second reading from the other reviewer. Then `sohoa export` must hold every
decided value exactly as typed. The report gives, per mode, screens, keystrokes and decisions per record, and the
keystrokes of typing every field of the book by hand with no OCR; with --assert-gains, record mode must need at
least 3× fewer screens and 1.5× fewer keystrokes than field mode, and group mode (grids, then records) 3× fewer
screens and 2× fewer keystrokes.

usage: Tests/Browser/keying_pass.py --sohoa .build/debug/sohoa [--batch samples/batch --truth samples/truth.json]
       [--book kt-camxuyen-2012-02] [--modes field,record,group] [--report out.json] [--screenshots docs] [--assert-gains]
       [--without-proposals]
Needs chromium, chromium-driver and python3-selenium (scripts/bootstrap --for-tests).
"""
import argparse
import json
import pathlib
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import unicodedata

from selenium.common.exceptions import TimeoutException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from review_session import add_reviewers, browser, log_in, nfc, screens, serve

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent
SEX_WORDS = {"1": "Nam", "2": "Nữ"}
# Telex: a mark is one more key (ă aw, â aa, ơ ow, ư uw, đ dd; tones s f r x j).
MARKS = {"\u0306", "\u0302", "\u031b", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"}


def telex_keys(text):
    """Keys to type `text` with Telex: one per letter, one more per mark, one for Shift on a capital."""
    keys = 0
    for char in nfc(text):
        decomposed = unicodedata.normalize("NFD", char)
        base = decomposed[0]
        keys += 1 + sum(1 for mark in decomposed[1:] if mark in MARKS)
        keys += 1 if base.isupper() else 0
        keys += 1 if char in "đĐ" else 0
    return keys


def shown(field, value):
    """The value as the page shows it: a sex as its word."""
    return SEX_WORDS.get(value, value) if field.endswith("GioiTinh") else value


def typed_form(field, value, year_known=True):
    """What the reviewer types for `value`: the shorthand the page expands, where there is one (a registration
    number without its year where the page knows the year)."""
    if re.fullmatch(r"\d\d\.\d\d\.\d{4}", value):
        return value.replace(".", "")
    if re.fullmatch(r"\d\d:\d\d", value):
        return value.replace(":", "")
    if year_known and field == "so" and re.fullmatch(r"\d+/\d{4}", value):
        return value.split("/")[0]
    return shown(field, value)


class Tally:
    """Screens, keystrokes and decisions of one mode, and how the values were given."""

    def __init__(self):
        self.screens = self.keys = self.decisions = 0
        self.how = {}
        self.fields = {}
        self.missed = []

    def count(self, how, keys, field):
        self.keys += keys
        self.decisions += 1
        self.how[how] = self.how.get(how, 0) + 1
        self.fields.setdefault(field, {}).setdefault(how, [0, 0])
        self.fields[field][how][0] += 1
        self.fields[field][how][1] += keys

    def count_grid(self, keys, fields):
        """One grid: its keys, shared among the fields it decided."""
        self.keys += keys
        for field in fields:
            self.decisions += 1
            self.how["grid"] = self.how.get("grid", 0) + 1
            self.fields.setdefault(field, {}).setdefault("grid", [0, 0])
            self.fields[field]["grid"][0] += 1
            self.fields[field]["grid"][1] += keys / len(fields)


def decide_field_screens(driver, base, book, truth, tally, plain):
    """Field mode: one field per screen; what is kept, taken or typed is saved at once. `plain` counts what the same
    decisions cost a reviewer who uses the screen as the keying issue found it, with no alternative, no proposal, the
    input unselected and a registration number's year typed: a right pre-fill kept with Enter, anything else
    selected and typed."""
    driver.get(f"{base}/review?book={book}")
    for form in screens(driver, "decision", 5000):
        tally.screens += 1
        key = (int(form.get_attribute("data-opening")), int(form.get_attribute("data-row")))
        field = form.get_attribute("data-field")
        try:  # autofocus lands once the page is laid out
            WebDriverWait(driver, 10).until(lambda d: d.switch_to.active_element.get_attribute("id") == "value")
        except TimeoutException:
            pass
        value = driver.switch_to.active_element
        assert value.get_attribute("id") == "value", "the value field has the focus"
        expected = truth[key][field]["value"]
        if nfc(value.get_attribute("value")) == nfc(shown(field, expected)):
            plain.count("kept", 1, field)
        elif not expected:
            plain.count("blank", 4, field)
        else:
            plain.count("typed", 2 + telex_keys(typed_form(field, expected, year_known=False)) + 1, field)
        plain.screens += 1
        decide_input(driver, form, value, field, expected, tally)


def without_marks(text):
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return bare.replace("đ", "d").replace("Đ", "D").lower()


def typing_steps(wanted):
    """What is typed, word by word, to ask for `wanted` without marks: `cam`, `cam huy`, …"""
    if without_marks(wanted) == wanted.lower():
        return []
    words = re.findall(r"[^\s,]+[\s,]*", without_marks(wanted))
    return [word for word in words]


def typing_cost(wanted):
    """Keys spent typing all of `wanted` without marks before giving up on the proposals."""
    return sum(len(word) for word in typing_steps(wanted))


def type_without_marks(driver, value, wanted):
    """Types `wanted` without marks word by word until the page proposes it, then takes it with Alt+0. Returns the
    keys spent, or None when no proposal was right (the text typed is left in the input)."""
    keys = 0
    typed = ""
    for word in typing_steps(wanted):
        value.send_keys(word.rstrip())
        typed += word.rstrip()
        keys += len(word.rstrip())
        proposal = value.find_element(By.XPATH, "following-sibling::span[contains(@class, 'proposal')]")
        try:
            WebDriverWait(driver, 5).until(lambda d: proposal.get_attribute("data-for") == typed)
        except TimeoutException:
            return None
        if nfc(proposal.get_attribute("data-value") or "") == wanted:
            value.send_keys(Keys.ALT, "0")
            return keys + 2
        value.send_keys(word[len(word.rstrip()):])
        typed += word[len(word.rstrip()):]
        keys += len(word) - len(word.rstrip())
    return None


def decide_record_screens(driver, base, book, truth, tally, screenshot=None):
    """Record mode: one screen per ledger row; Enter or an alternative moves on, Enter on the last field saves."""
    driver.get(f"{base}/records/review?book={book}")
    for form in screens(driver, "record", 2000):
        tally.screens += 1
        key = (int(form.get_attribute("data-opening")), int(form.get_attribute("data-row")))
        if screenshot and tally.screens == 3:
            driver.save_screenshot(str(screenshot))
        inputs = form.find_elements(By.CSS_SELECTOR, "input.value")
        for _ in inputs:
            value = driver.switch_to.active_element
            field = value.get_attribute("data-name")
            assert field, f"record {key}: the focus is not on a field ({value.get_attribute('outerHTML')[:120]})"
            decide_input(driver, form, value, field, truth[key][field]["value"], tally)


def decide_input(driver, form, value, field, expected, tally):
    """One input, opened with its value selected, as a careful reviewer decides it: Enter keeps a right value, an
    alternative is taken with its Alt key, a blank cell is emptied, text is typed without marks until the page's
    proposal is right, else the value is typed (as shorthand where the page takes it)."""
    current = nfc(value.get_attribute("value"))
    alternatives = [nfc(item.get_attribute("data-value"))
                    for item in form.find_elements(By.CSS_SELECTOR, f"li[id^='alt-{value.get_attribute('data-id')}-']")]
    wanted = nfc(shown(field, expected))
    if current == wanted:
        value.send_keys(Keys.ENTER)
        tally.count("kept", 1, field)
    elif wanted in alternatives:
        value.send_keys(Keys.ALT, str(alternatives.index(wanted) + 1))
        tally.count("alternative", 2, field)
    elif not expected:
        value.send_keys(Keys.DELETE, Keys.ENTER)
        tally.count("blank", 2, field)
    elif PROPOSALS and (keys := type_without_marks(driver, value, wanted)) is not None:
        tally.count("proposal", keys, field)
    else:
        text = typed_form(field, expected)
        tried = typing_cost(wanted) if PROPOSALS else 0
        if tried:
            value.send_keys(Keys.CONTROL, "a")
            tally.missed.append((field, wanted, nfc(value.find_element(
                By.XPATH, "following-sibling::span[contains(@class, 'proposal')]").get_attribute("data-value") or "")))
        value.send_keys(text, Keys.ENTER)
        tally.count("typed", (tried + 2 if tried else 0) + telex_keys(text) + 1, field)


GRID_CROPS = """
    SELECT g.position, g.isCheck, fi.name, o.bookId, o.sequence, r.row FROM reviewGroupCrop g JOIN field fi ON g.fieldId = fi.id
    JOIN record r ON fi.recordId = r.id JOIN opening o ON r.openingId = o.id WHERE g.reviewGroupId = ? ORDER BY g.position
"""


def grid_moves(locations, start, end):
    """Arrow keys from crop `start` to a later crop `end` of a grid laid out at `locations`: along the row to the
    column of `end`, then down (the page stops Down at the last crop, so the column is reached first)."""
    columns = sum(1 for location in locations if location["y"] == locations[0]["y"])
    across = end % columns - start % columns
    down = end // columns - start // columns
    return [Keys.ARROW_RIGHT if across > 0 else Keys.ARROW_LEFT] * abs(across) + [Keys.ARROW_DOWN] * down


def decide_grids(driver, base, book, truth, workspace, tally, screenshot=None):
    """Group mode's grids: the odd crops (truth differs from the proposed value) toggled, the rest confirmed."""
    database = sqlite3.connect(f"file:{workspace / 'sohoa.sqlite'}?mode=ro", uri=True)
    driver.get(f"{base}/groups/review?book={book}")
    for form in screens(driver, "group", 500):
        tally.screens += 1
        value = nfc(form.get_attribute("data-value"))
        crops = database.execute(GRID_CROPS, (int(form.get_attribute("data-group")),)).fetchall()
        odd = [position for position, _, name, crop_book, opening, row in crops
               if nfc(truth[(crop_book, opening, row)][name]["value"]) != value]
        confirmed = [name for position, is_check, name, *_ in crops if position not in odd]
        assert not [position for position, is_check, *_ in crops if is_check and position not in odd], "a check crop holds the value"
        locations = [label.location for label in form.find_elements(By.CSS_SELECTOR, "label.crop")]
        keys, at = [], 0
        for position in odd:
            keys += grid_moves(locations, at, position) + [Keys.SPACE]
            at = position
        for key in keys:
            driver.switch_to.active_element.send_keys(key)
        if screenshot and tally.screens == 1:
            driver.save_screenshot(str(screenshot))
        driver.switch_to.active_element.send_keys(Keys.ENTER)
        tally.count_grid(len(keys) + 1, confirmed)
    database.close()


def run_mode(mode, sohoa, workspace, book, truth, book_truth, screenshot, plain):
    """`truth` by (book, opening, row), for the crops of grids; `book_truth` by (opening, row), the book's own;
    `plain` gets field mode's decisions as they cost with pre-fills only."""
    server, base = serve(sohoa, workspace)
    driver = None
    tally = Tally()
    try:
        driver = browser("1400,1100")
        for reviewer in ("an", "binh", "an"):
            log_in(driver, base, reviewer)
            if mode == "field":
                decide_field_screens(driver, base, book, book_truth, tally, plain)
                continue
            if mode == "group":
                decide_grids(driver, base, book, truth, workspace, tally, screenshot if reviewer == "an" else None)
            decide_record_screens(driver, base, book, book_truth, tally,
                                  screenshot if reviewer == "an" and mode == "record" else None)
    finally:
        if driver:
            driver.quit()
        server.terminate()
        server.wait(timeout=10)
    return tally


def check_export(sohoa, workspace, out, book, truth):
    export = subprocess.run([sohoa, "export", "--workspace", str(workspace), "--out", str(out), "--book", book],
                            capture_output=True, text=True)
    assert export.returncode == 0, export.stdout + export.stderr
    lines = [json.loads(line) for line in (out / book / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(lines) == len(truth), (len(lines), len(truth))
    decided = 0
    for line, key in zip(lines, sorted(truth)):
        assert line["row"] == key[1], (line["row"], key)
        for field, stored in line["fields"].items():
            if stored["status"] in ("confirmed", "corrected") and field != "ghiChu":
                assert stored["value"] == nfc(truth[key][field]["value"]), (key, field, stored, truth[key][field]["value"])
                decided += 1
            else:
                assert stored["status"] in ("accepted", "confirmed", "corrected"), (key, field, stored)
    return len(lines), decided


STARTING_FIELD_SCREEN = "field mode, pre-fills only"
# Whether the reviewer types without marks to get the page's proposals (--without-proposals: pre-fills, selection
# and alternatives only).
PROPOSALS = True


def summary(tally, records, by_hand, decided):
    """A mode's report: its cost per record, against typing the book by hand, and how the values were given."""
    return {
        "screens": tally.screens, "keystrokes": tally.keys, "decisions": tally.decisions,
        "screens per record": round(tally.screens / records, 2),
        "keystrokes per record": round(tally.keys / records, 1),
        "decisions per record": round(tally.decisions / records, 2),
        "saved vs typing by hand": f"{100 * (1 - tally.keys / by_hand):.0f}%", "how": tally.how, "by field (count, keys)": tally.fields,
        "proposals missed (field, wanted, proposed)": tally.missed,
        "decided values exported as typed": decided,
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sohoa", required=True)
    parser.add_argument("--batch", default=str(ROOT / "samples/batch"))
    parser.add_argument("--truth", default=str(ROOT / "samples/truth.json"))
    parser.add_argument("--book", default="kt-camxuyen-2012-02")
    parser.add_argument("--modes", default="field,record,group")
    parser.add_argument("--report")
    parser.add_argument("--screenshots", help="folder for a screenshot of each mode")
    parser.add_argument("--assert-gains", action="store_true")
    parser.add_argument("--without-proposals", action="store_true",
                        help="never type without marks for a proposal: what pre-fills, selection and alternatives save alone")
    arguments = parser.parse_args()
    global PROPOSALS
    PROPOSALS = not arguments.without_proposals
    sohoa = str(pathlib.Path(arguments.sohoa).resolve())
    books = json.loads(pathlib.Path(arguments.truth).read_text(encoding="utf-8"))["books"]
    records = books[arguments.book]["records"]
    # Every book's, for the check crops a grid borrows from other books.
    truth = {(book, record["opening"] + 1, record["row"]): record["fields"] for book in books for record in books[book]["records"]}
    book_truth = {(opening, row): fields for (book, opening, row), fields in truth.items() if book == arguments.book}
    by_hand = sum(telex_keys(typed_form(name, field["value"], year_known=False)) + 1
                  for record in records for name, field in record["fields"].items())

    report = {"book": arguments.book, "records": len(records), "typing by hand": by_hand, "modes": {}}
    with tempfile.TemporaryDirectory(prefix="sohoa-keying-") as folder:
        folder = pathlib.Path(folder)
        run = subprocess.run([sohoa, "run", arguments.batch, "--workspace", str(folder / "read")], capture_output=True, text=True)
        assert run.returncode in (0, 2), run.stderr
        add_reviewers(sohoa, folder / "read", ("an", "binh"))
        for mode in arguments.modes.split(","):
            workspace = folder / mode
            shutil.copytree(folder / "read", workspace)
            screenshot = pathlib.Path(arguments.screenshots, f"review-{mode}.png") if arguments.screenshots else None
            plain = Tally()
            tally = run_mode(mode, sohoa, workspace, arguments.book, truth, book_truth, screenshot, plain)
            exported, decided = check_export(sohoa, workspace, folder / f"out-{mode}", arguments.book, book_truth)
            assert exported == len(records), (exported, len(records))
            report["modes"][mode] = summary(tally, len(records), by_hand, decided)
            print(f"{mode}: {json.dumps(report['modes'][mode], ensure_ascii=False)}", flush=True)
            if mode == "field":
                report["modes"][STARTING_FIELD_SCREEN] = summary(plain, len(records), by_hand, decided)
                print(f"{STARTING_FIELD_SCREEN}: {json.dumps(report['modes'][STARTING_FIELD_SCREEN], ensure_ascii=False)}", flush=True)
    print(json.dumps(report, ensure_ascii=False, indent=1))
    if arguments.report:
        pathlib.Path(arguments.report).write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if arguments.assert_gains:
        field = report["modes"][STARTING_FIELD_SCREEN]
        for mode, screens_fewer, keys_fewer in (("record", 3, 1.5), ("group", 3, 2)):
            measured = report["modes"][mode]
            assert measured["screens"] * screens_fewer <= field["screens"], \
                f"{mode} mode needs {measured['screens']} screens, field mode {field['screens']}"
            assert measured["keystrokes"] * keys_fewer <= field["keystrokes"], \
                f"{mode} mode needs {measured['keystrokes']} keystrokes, field mode {field['keystrokes']}"
        saved = 1 - report["modes"]["field"]["keystrokes"] / by_hand
        assert saved >= 0.4, f"field mode saves {saved:.0%} of typing by hand, not 40%"


if __name__ == "__main__":
    sys.exit(main())
