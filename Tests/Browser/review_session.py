"""What the browser tests share: headless Chromium, a free port, the review server, logging in, and the screens of
a queue until it ends."""
import socket
import subprocess
import sys
import time
import unicodedata

from selenium import webdriver
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

PASSWORD = "mật khẩu của người duyệt"


def nfc(text):
    return unicodedata.normalize("NFC", text)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def browser(size="1280,1000"):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", f"--window-size={size}", "--lang=vi"):
        options.add_argument(argument)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def add_reviewers(sohoa, workspace, names):
    for name in names:
        subprocess.run([sohoa, "review", "user", "add", name, "--role", "reviewer", "--workspace", str(workspace)],
                       input=PASSWORD + "\n", text=True, check=True, capture_output=True)


def serve(sohoa, workspace):
    """Starts `sohoa review serve` on a free port and waits until it answers; returns the process and its URL."""
    port = free_port()
    server = subprocess.Popen([sohoa, "review", "serve", "--workspace", str(workspace), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.1)
    return server, f"http://127.0.0.1:{port}"


def log_in(driver, base, name):
    driver.delete_all_cookies()
    driver.get(base + "/login")
    # The name field takes the focus by itself (autofocus): type only once it has it, or the keys go nowhere.
    try:
        WebDriverWait(driver, 10).until(lambda d: d.switch_to.active_element.get_attribute("name") == "name")
    except TimeoutException:
        sys.exit(f"the login page did not put the focus on its name field for {name}")
    driver.switch_to.active_element.send_keys(name, Keys.TAB, PASSWORD, Keys.ENTER)
    try:
        WebDriverWait(driver, 30).until(lambda d: d.current_url.rstrip("/") == base)
    except TimeoutException:
        sys.exit(f"{name} could not log in: {driver.find_element(By.TAG_NAME, 'main').text}")


def screens(driver, form_id, limit):
    """The decision screens of the queue the driver is on, one form at a time, until the queue says it is done;
    the caller's decision must lead to the next screen, and must not be refused."""
    for _ in range(limit):
        forms = driver.find_elements(By.ID, form_id)
        if not forms:
            assert "Không còn" in driver.page_source, driver.page_source[:1000]
            return
        main = driver.find_element(By.TAG_NAME, "main").id
        yield forms[0]
        WebDriverWait(driver, 30).until(lambda d: main != d.find_element(By.TAG_NAME, "main").id
                                        and d.execute_script("return document.readyState") == "complete")
        errors = [error.text for error in driver.find_elements(By.CSS_SELECTOR, ".error")]
        assert not errors, f"the decision was refused: {errors}"
    raise AssertionError("the queue does not end")
