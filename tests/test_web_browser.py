"""The season walked in a real browser (Debian's chromium through chromedriver and selenium) against
the portal served by uvicorn on 127.0.0.1: the office creates a season and the links; a county
uploads a form with one mistake, sees the finding and the cell, fixes it, uploads again and sees it
pass; the office freezes 初审; the county sees the frozen result; the other county sees nothing of
the first; the county uploads its narrative report and confirms its figures. Skipped only where the
browser is absent, and never under CI (scripts/setup-tests.sh installs it)."""

from __future__ import annotations

import io
import os
import shutil
import socket
import threading

import pytest

from test_web import PASSWORD, ROSTER, VOC, fill

CHROMIUM, DRIVER = shutil.which("chromium"), shutil.which("chromedriver")
if not (CHROMIUM and DRIVER) and os.environ.get("CI") != "true":
    pytest.skip("chromium and chromedriver are not installed (scripts/setup-tests.sh installs them)",
                allow_module_level=True)


@pytest.fixture
def served(tmp_path):
    import uvicorn

    from checker.web import security
    from checker.web.app import create_app

    app = create_app(str(tmp_path / "portal.db"))
    app.state.portal.add_account("inspector", security.hash_password(PASSWORD), "省督导室", "2026-12-01T00:00:00Z")
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)  # connections wait in the backlog until the server accepts them: no start-up race
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    yield app, f"http://127.0.0.1:{sock.getsockname()[1]}", tmp_path
    server.should_exit = True
    thread.join(timeout=30)
    sock.close()


@pytest.fixture
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--window-size=1300,1000"):
        options.add_argument(flag)
    options.add_argument("--lang=zh-CN")  # a county's office PC: the pages in Chinese
    options.add_experimental_option("prefs", {"intl.accept_languages": "zh-CN,zh"})
    drivers = []

    def start():
        driver = webdriver.Chrome(service=Service(executable_path=DRIVER), options=options)
        driver.implicitly_wait(20)
        drivers.append(driver)
        return driver

    yield start
    for driver in drivers:
        driver.quit()


def submit(driver, form_action: str, then: str) -> None:
    """Submit the form and wait for the next page (the old one gone, the new h1 containing `then`)."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    old = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.CSS_SELECTOR, f'form[action="{form_action}"] button').click()
    WebDriverWait(driver, 30).until(ec.staleness_of(old))
    arrived(driver, then)


def arrived(driver, heading: str) -> None:
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, 30).until(ec.text_to_be_present_in_element(("tag name", "h1"), heading))


def test_a_season_in_a_real_browser(served, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    app, base, tmp = served
    office = browser()
    office.get(f"{base}/office/login")
    office.find_element(By.NAME, "username").send_keys("inspector")
    office.find_element(By.NAME, "password").send_keys(PASSWORD)
    submit(office, "/office/login", "报送周期")

    roster = tmp / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    office.find_element(By.NAME, "name").send_keys("2021 履职自评")
    office.find_element(By.NAME, "period").send_keys("2021")
    office.execute_script("arguments[0].value = '2099-12-31'", office.find_element(By.NAME, "deadline"))
    office.find_element(By.NAME, "roster").send_keys(str(roster))
    submit(office, "/office/seasons", "2021 履职自评")
    old = office.find_element(By.TAG_NAME, "html")
    office.find_element(By.CSS_SELECTOR, 'button[value="html"]').click()
    WebDriverWait(office, 30).until(ec.staleness_of(old))
    arrived(office, "新生成的专用链接")
    links = {row.find_elements(By.TAG_NAME, "td")[0].text: row.find_element(By.TAG_NAME, "code").text
             for row in office.find_elements(By.CSS_SELECTOR, "tbody tr")}
    assert set(links) == {"530300", "530322"}
    season_url = office.find_element(By.PARTIAL_LINK_TEXT, "返回").get_attribute("href")

    # the county: its form, one mistake, the finding and the cell; fixed; it passes
    county = browser()
    county.get(links["530300"])
    arrived(county, "曲靖市")
    from checker.web import work

    # the form the page offers (made by the same function; a headless browser's downloads are not read)
    blank = work.filled_form(app.state.portal.season(1), "530300", "曲靖市", "prefecture", "west")
    wrong, right = tmp / "曲靖 表格.xlsx", tmp / "曲靖 表格(改).xlsx"
    wrong.write_bytes(fill(blank, {(VOC, "vocational", 2021): "10007.75", (VOC, "vocational", 2020): "10071.80"}))
    right.write_bytes(fill(blank, {(VOC, "vocational", 2021): "10107.75", (VOC, "vocational", 2020): "10071.80"}))
    county.find_element(By.NAME, "file").send_keys(str(wrong))
    submit(county, "/county/upload", "曲靖市")
    todo = county.find_element(By.XPATH, "//h3[contains(., '需要处理')]/following-sibling::table").text
    assert "10,007.75" in todo and "不达标" in todo and "数据!G" in todo
    county.find_element(By.NAME, "file").send_keys(str(right))
    submit(county, "/county/upload", "曲靖市")
    todo = county.find_element(By.XPATH, "//h3[contains(., '需要处理')]/following-sibling::table").text
    assert "10,007.75" not in todo and "中职" not in todo.split("不达标")[0][-40:]
    county.find_element(By.PARTIAL_LINK_TEXT, "完整核查报告").click()
    assert "曲靖市" in county.page_source

    # the office freezes 初审; the county sees its frozen result
    office.get(season_url)
    submit(office, "/office/seasons/1/freeze", "2021 履职自评")
    assert "当前轮次 复审" in office.page_source
    county.get(f"{base}/county")
    frozen = county.find_element(By.XPATH, "//h2[contains(., '已冻结')]/following-sibling::ul").text
    assert "初审" in frozen

    # the other county sees nothing of the first, even by the first one's addresses
    other = browser()
    other.get(links["530322"])
    assert "曲靖" not in other.page_source
    other.get(f"{base}/county/uploads/1/report.html")
    assert "曲靖" not in other.page_source and "没有这个页面" in other.page_source

    # the county's narrative report: uploaded, its figures shown as a draft, all confirmed (issue 23 item 3)
    from test_web_drafts import docx_of, tune

    report = tmp / "叙述报告.docx"
    report.write_bytes(docx_of(tune("luanchuan-2021")))
    county.get(f"{base}/county")
    county.find_element(By.PARTIAL_LINK_TEXT, "叙述报告").click()
    arrived(county, "叙述报告中的数据")
    county.find_element(By.NAME, "file").send_keys(str(report))
    submit(county, "/county/report/upload", "叙述报告中的数据")
    assert county.page_source.count("草稿(不计入)") == 20
    old = county.find_element(By.TAG_NAME, "html")
    county.find_element(By.CSS_SELECTOR, 'button[value="confirm_all"]').click()
    WebDriverWait(county, 30).until(ec.staleness_of(old))
    arrived(county, "叙述报告中的数据")
    assert county.page_source.count("已确认(计入核查)") == 19 and "不能确认:" in county.page_source
