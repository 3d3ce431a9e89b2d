#!/usr/bin/python3
"""The review page end to end, in headless Chromium driven by Selenium, as QA reviewers use it.

Runs `sohoa run` on the sample batch, adds two reviewers, serves the review page, and has them resolve every field
of one sample book with the keyboard only: each reads the cell, types the value the book holds (the samples'
truth) and presses Enter; one field is marked illegible with Alt+K. Fields that need four eyes get their second
reading from the other reviewer. Then `sohoa export` must deliver the book with every value equal to the truth,
the illegible field blank and named in ghiChu. A screenshot of the decision screen is saved.

usage: Tests/Browser/review_flow.py --sohoa .build/debug/sohoa [--screenshot docs/review-decision.png]
Needs chromium, chromium-driver and python3-selenium (scripts/bootstrap --for-tests).
"""
import argparse
import json
import pathlib
import subprocess
import sys
import tempfile

from selenium.common.exceptions import TimeoutException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from review_session import add_reviewers, browser, log_in, nfc, serve

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent
BOOK = "ks-thachthanh-2008-01"
ILLEGIBLE = "nksNoiSinh"


def review_all(driver, base, truth, state, screenshot=None):
    """Decides every field the queue gives this reviewer for the book; returns how many."""
    # From the home page, with the keyboard: the book's filter, then "Duyệt từng trường" (field mode; the record
    # and group modes that "Bắt đầu duyệt" and "Xác nhận theo nhóm" open are driven by keying_pass.py).
    driver.get(base + "/")
    # The page's autofocus lands once the document is laid out, which can be after `get` returns.
    try:
        WebDriverWait(driver, 10).until(lambda d: d.switch_to.active_element.tag_name == "button")
    except TimeoutException:
        pass
    start = driver.switch_to.active_element
    assert start.text.startswith("Bắt đầu duyệt"), start.text
    start.send_keys(Keys.SHIFT, Keys.TAB, Keys.TAB, Keys.TAB)
    book = driver.switch_to.active_element
    assert book.get_attribute("name") == "book", book.get_attribute("outerHTML")[:200]
    book.send_keys(BOOK)
    book.send_keys(Keys.TAB, Keys.TAB, Keys.TAB, Keys.TAB, Keys.TAB, Keys.ENTER)
    WebDriverWait(driver, 30).until(lambda d: "/review" in d.current_url)
    assert "/records/" not in driver.current_url and "/groups/" not in driver.current_url, driver.current_url
    assert f"book={BOOK}" in driver.current_url, driver.current_url
    decided = 0
    while True:
        forms = driver.find_elements(By.ID, "decision")
        if not forms:
            assert "Không còn trường nào" in driver.page_source, driver.page_source[:1000]
            return decided
        form = forms[0]
        opening, row, field = int(form.get_attribute("data-opening")), int(form.get_attribute("data-row")), form.get_attribute("data-field")
        expected = truth[(opening, row)][field]["value"]
        reading = driver.find_element(By.CSS_SELECTOR, "q.reading").text.strip("“”\" ")
        if screenshot and field.endswith("HoTen") and reading and not state.get("screenshot"):
            state["screenshot"] = True
            driver.save_screenshot(str(screenshot))
        value = driver.switch_to.active_element
        assert value.get_attribute("id") == "value", "the value field has the focus"
        if field == ILLEGIBLE and state.get("illegible") is None:
            state["illegible"] = (opening, row)
            value.send_keys(Keys.ALT, "k")
        else:
            value.send_keys(Keys.CONTROL, "a")
            value.send_keys(Keys.DELETE)
            if expected:
                value.send_keys(expected)
            value.send_keys(Keys.ENTER)
        decided += 1
        error = driver.find_elements(By.CSS_SELECTOR, ".error")
        assert not error, f"{field} at opening {opening} row {row}: {error[0].text} (typed {expected!r})"
        assert decided < 1000, "the queue does not end"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sohoa", required=True)
    parser.add_argument("--screenshot")
    arguments = parser.parse_args()
    sohoa = str(pathlib.Path(arguments.sohoa).resolve())
    records = json.loads((ROOT / "samples/truth.json").read_text(encoding="utf-8"))["books"][BOOK]["records"]
    truth = {(record["opening"] + 1, record["row"]): record["fields"] for record in records}

    with tempfile.TemporaryDirectory(prefix="sohoa-review-flow-") as folder:
        workspace, out = pathlib.Path(folder, "ws"), pathlib.Path(folder, "out")
        run = subprocess.run([sohoa, "run", str(ROOT / "samples/batch"), "--workspace", str(workspace)], capture_output=True, text=True)
        assert run.returncode == 2, run.stderr
        add_reviewers(sohoa, workspace, ("an", "binh"))
        server, base = serve(sohoa, workspace)
        driver = None
        try:
            driver = browser()
            state = {}
            log_in(driver, base, "an")
            first = review_all(driver, base, truth, state, arguments.screenshot)
            log_in(driver, base, "binh")
            second = review_all(driver, base, truth, state)
            log_in(driver, base, "an")
            third = review_all(driver, base, truth, state)
            print(f"an decided {first} fields, binh {second} (second readings and the rest), then an {third}")
            assert first > 0 and state.get("illegible"), "nothing was reviewed"
        finally:
            if driver:
                driver.quit()
            server.terminate()
            server.wait(timeout=10)

        export = subprocess.run([sohoa, "export", "--workspace", str(workspace), "--out", str(out), "--book", BOOK],
                                capture_output=True, text=True)
        assert export.returncode == 0, export.stdout + export.stderr
        lines = [json.loads(line) for line in (out / BOOK / "records.jsonl").read_text(encoding="utf-8").splitlines()]
        assert len(lines) == len(records)
        decided, misread = 0, []
        for index, (line, record) in enumerate(zip(lines, records)):
            key = (record["opening"] + 1, record["row"])
            for field, stored in line["fields"].items():
                expected = nfc(record["fields"][field]["value"])
                if key == state["illegible"] and field == ILLEGIBLE:
                    assert stored["status"] == "illegible" and stored["value"] == "", stored
                    assert f"Không đọc được: {ILLEGIBLE}" in line["fields"]["ghiChu"]["value"]
                    continue
                if field == "ghiChu" and key == state["illegible"]:
                    continue
                assert stored["status"] in ("accepted", "confirmed", "corrected"), (field, stored)
                if stored["status"] != "accepted":
                    assert stored["value"] == expected, (index + 1, field, stored, expected)
                    decided += 1
                elif stored["value"] != expected:
                    misread.append((index + 1, field, stored["value"], expected))
        # What reviewers decided must be in the delivery exactly. What sohoa accepted is measured by
        # scripts/evaluate-recognition; a miss is reported here, loudly, not hidden.
        for record, field, value, expected in misread:
            print(f"WARNING: record {record} {field}: accepted {value!r}, the book has {expected!r}")
        assert decided > 0
        print(f"exported {len(lines)} records of {BOOK}: the {decided} decided values equal the book, one field illegible")


if __name__ == "__main__":
    sys.exit(main())
