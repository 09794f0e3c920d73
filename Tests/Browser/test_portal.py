"""The real-browser layer: the sample site built by gxsite, served by nginx, driven in headless Chromium.

Nothing is mocked: gxsite builds Content/ (with Pagefind), Debian's nginx serves it on 127.0.0.1
under a sub-path, Chromium runs through Debian's chromedriver, axe-core checks accessibility.

Run with `make browser-test` (or `.venv/bin/python -m pytest Tests/Browser`). Scratch files,
nginx logs and the screenshots go to `.build-browser/` (screenshots in `.build-browser/screenshots/`).
Environment: GXSITE_BIN (default .build/debug/gxsite), GXSITE_BROWSER_DIR (default .build-browser).
"""

import html.parser
import base64
import glob
import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

import axe_core_python
import pytest
from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCRATCH = os.path.abspath(os.environ.get("GXSITE_BROWSER_DIR", os.path.join(REPO, ".build-browser")))
SCREENSHOTS = os.path.join(SCRATCH, "screenshots")
GXSITE = os.path.abspath(os.environ.get("GXSITE_BIN", os.path.join(REPO, ".build", "debug", "gxsite")))
# axe-selenium-python bundles axe-core 3.1.1 (2018); axe-core-python ships 4.4.3, which knows current HTML.
AXE_SCRIPT = os.path.join(os.path.dirname(axe_core_python.__file__), "axe.min.js")
CHROMEDRIVER = "/usr/bin/chromedriver"
CHROMIUM = "/usr/bin/chromium"
NGINX = "/usr/sbin/nginx"
PREFIX = "/nianbao/"          # the site is served under a sub-path, as on a government host
PLAIN_PREFIX = "/plain/"      # the same site built with --no-search
REAL_PREFIX = "/real/"        # a real report with non-zero figures (../shared/samples, never copied into git)
DEMO_PREFIX = "/demo/"        # a generated city's portal (gxcorpus), as `make demo` builds it
GXCORPUS = os.path.join(os.path.dirname(GXSITE), "gxcorpus")
DEMO_REGIONS = ("宁波市", "余姚市", "慈溪市", "宁海县", "象山县", "宁波市镇海区", "宁波市北仑区", "宁波市鄞州区", "宁波市海曙区",
                "宁波市江北区", "宁波市奉化区")
REAL_REPORT = os.path.join(os.path.dirname(REPO), "shared", "samples", "huaian-city-gov-2024.pdf")
SEARCH_TERM = "经济和信息化局"
# Agencies of Content/ whose names contain the search term.
EXPECTED_AGENCIES = {"余姚市经济和信息化局", "宁波市镇海区经济和信息化局"}
WIDTHS = (1280, 375)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run_gxsite(*args):
    result = subprocess.run([GXSITE, *args], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"gxsite {' '.join(args)} failed ({result.returncode}):\n{result.stderr}"
    return result


NGINX_CONF = """
worker_processes 1;
pid {scratch}/nginx.pid;
error_log {scratch}/nginx-error.log warn;
events {{ worker_connections 64; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log {scratch}/nginx-access.log;
    client_body_temp_path {scratch}/nginx-tmp/body;
    proxy_temp_path {scratch}/nginx-tmp/proxy;
    fastcgi_temp_path {scratch}/nginx-tmp/fastcgi;
    uwsgi_temp_path {scratch}/nginx-tmp/uwsgi;
    scgi_temp_path {scratch}/nginx-tmp/scgi;
    server {{
        listen 127.0.0.1:{port};
        server_name localhost;
        location = / {{ return 302 {prefix}; }}
        location {prefix} {{
            alias {site}/;
            index index.html;
            error_page 404 {prefix}404.html;
        }}
        location {demo_prefix} {{
            alias {demo}/;
            index index.html;
        }}
        location {real_prefix} {{
            alias {real}/;
            index index.html;
        }}
        location {plain_prefix} {{
            alias {plain}/;
            index index.html;
        }}
    }}
}}
"""


def build_demo():
    """A generated city's portal: 150 reports of 宁波市 and its districts and counties over several years, with
    injected errors and a roster; returns its folder."""
    folder, content = os.path.join(SCRATCH, "demo"), os.path.join(SCRATCH, "demo-content")
    assert os.access(GXCORPUS, os.X_OK), f"{GXCORPUS} is missing: run `swift build --product gxcorpus`"
    regions = [f"--region={r}" for r in DEMO_REGIONS]
    subprocess.run([GXCORPUS, "--count", "150", "--error-rate", "0.2", "--seed", "7", *regions, "--roster",
                    os.path.join(SCRATCH, "roster.toml"), "--output", content], check=True, capture_output=True)
    os.remove(os.path.join(content, "ground-truth.json"))
    config = os.path.join(SCRATCH, "demo.toml")
    with open(config, "w", encoding="utf-8") as f:
        f.write(f'title = "宁波市政府信息公开工作年度报告（演示）"\nroster = "{os.path.join(SCRATCH, "roster.toml")}"\n')
    result = subprocess.run([GXSITE, "build", "--config", config, "--content", content, "--output", folder, "--no-search",
                             "--quiet"], capture_output=True, text=True)
    assert result.returncode in (0, 1), result.stderr
    return folder


@pytest.fixture(scope="session")
def server():
    """Builds the sample site twice (with and without search) and serves both with nginx."""
    for tool in (GXSITE, CHROMEDRIVER, CHROMIUM, NGINX):
        assert os.access(tool, os.X_OK), f"{tool} is missing: run `bash scripts/ensure-deps.sh --browser` and `swift build`"
    shutil.rmtree(SCRATCH, ignore_errors=True)
    os.makedirs(os.path.join(SCRATCH, "nginx-tmp"))
    os.makedirs(SCREENSHOTS)
    port = free_port()
    base = f"http://127.0.0.1:{port}{PREFIX}"
    site = os.path.join(SCRATCH, "site")
    plain = os.path.join(SCRATCH, "plain")
    built = run_gxsite("build", "--content", "Content", "--output", site, "--base-url", base)
    assert "Pagefind not found" not in built.stderr, "Pagefind is missing: run `bash scripts/ensure-deps.sh`"
    assert os.path.isfile(os.path.join(site, "pagefind", "pagefind-ui.js"))
    run_gxsite("build", "--content", "Content", "--output", plain, "--no-search", "--quiet")
    real, real_content = os.path.join(SCRATCH, "real"), os.path.join(SCRATCH, "real-content")
    assert os.path.isfile(REAL_REPORT), f"{REAL_REPORT} is missing: ../shared must sit beside the repository"
    os.makedirs(real_content)
    shutil.copy(REAL_REPORT, real_content)
    run_gxsite("build", "--content", real_content, "--output", real, "--no-search", "--quiet")
    demo = build_demo()
    conf = os.path.join(SCRATCH, "nginx.conf")
    with open(conf, "w", encoding="utf-8") as f:
        f.write(NGINX_CONF.format(scratch=SCRATCH, port=port, prefix=PREFIX, plain_prefix=PLAIN_PREFIX, site=site, plain=plain,
                                  real_prefix=REAL_PREFIX, real=real, demo_prefix=DEMO_PREFIX, demo=demo))
    nginx = subprocess.Popen([NGINX, "-p", SCRATCH, "-c", conf, "-g", "daemon off;"],
                             stdout=subprocess.DEVNULL, stderr=open(os.path.join(SCRATCH, "nginx-stderr.log"), "w"))
    try:
        deadline = time.time() + 20
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                assert nginx.poll() is None, "nginx exited: see " + os.path.join(SCRATCH, "nginx-stderr.log")
                assert time.time() < deadline, "nginx did not start listening"
                time.sleep(0.1)
        yield {"base": base, "origin": f"http://127.0.0.1:{port}", "site": site, "real": real, "demo": demo}
    finally:
        nginx.terminate()
        nginx.wait(timeout=20)


@pytest.fixture(scope="session")
def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--hide-scrollbars", "--lang=zh-CN", "--window-size=1280,900"):
        options.add_argument(arg)
    # The driver's path is given, so Selenium never tries to download one.
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


def page_paths():
    """The pages every check visits: home, a year, an agency, a report, validation, search, and the office's
    pages: submissions (报送情况), a corrected report and its earlier version."""
    return {
        "home": "index.html",
        "year": "years/2020/index.html",
        "agency": "agencies/yu-yao-shi-jing-ji-he-xin-xi-hua-ju/index.html",
        "report": "agencies/yu-yao-shi-jing-ji-he-xin-xi-hua-ju/2020/index.html",
        # The 2021 report repeats the 2020 one: its text is marked as reused (text reuse, issue #24).
        "reused": "agencies/yu-yao-shi-jing-ji-he-xin-xi-hua-ju/2021/index.html",
        "validation": "validation/index.html",
        "search": "search/index.html",
        "submissions": "submissions/2021/index.html",
        "corrected": "agencies/ning-bo-shi-zhen-hai-qu-jing-ji-he-xin-xi-hua-ju/2021/index.html",
        "earlier-version": "agencies/ning-bo-shi-zhen-hai-qu-jing-ji-he-xin-xi-hua-ju/2021/v1/index.html",
    }


def open_page(driver, url):
    driver.get(url)
    WebDriverWait(driver, 20).until(lambda d: d.execute_script("return document.readyState") == "complete")


def wait_for_search_results(driver, term):
    box = WebDriverWait(driver, 20).until(lambda d: d.find_element(By.CSS_SELECTOR, ".pagefind-ui__search-input"))
    box.clear()
    box.send_keys(term)
    box.send_keys(Keys.ENTER)

    def titles(d):
        # Results render their titles only once each fragment has loaded; the message tells the count.
        links = d.find_elements(By.CSS_SELECTOR, ".pagefind-ui__result-link")
        message = d.find_elements(By.CSS_SELECTOR, ".pagefind-ui__message")
        if links and message and all(link.text.strip() for link in links):
            return [(link.text.strip(), link.get_attribute("href")) for link in links]
        return False

    return WebDriverWait(driver, 30).until(titles)


def emulate(driver, width, height, mobile):
    # Headless Chromium's windows are at least 500 px wide: a phone's viewport needs device emulation.
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})


def screenshot(driver, name, width):
    """A full-page screenshot at `width` CSS pixels into the screenshots folder; returns (scroll width, viewport width)."""
    mobile = width < 600
    emulate(driver, width, 900, mobile)
    time.sleep(0.2)
    height = driver.execute_script("return Math.min(Math.max(document.documentElement.scrollHeight, 600), 12000)")
    emulate(driver, width, height, mobile)
    time.sleep(0.2)
    scroll_width, inner_width = driver.execute_script(
        "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    driver.save_screenshot(os.path.join(SCREENSHOTS, f"{name}-{width}.png"))
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    return scroll_width, inner_width


@pytest.mark.parametrize("name", list(page_paths()))
def test_page_is_accessible_and_fits_small_screens(server, browser, name):
    url = server["base"] + page_paths()[name]
    open_page(browser, url)
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "zh-CN"
    if name == "search":
        wait_for_search_results(browser, SEARCH_TERM)
    axe = Axe(browser, script_url=AXE_SCRIPT)
    axe.inject()
    results = axe.run()
    bad = [v for v in results["violations"] if v.get("impact") in ("serious", "critical")]
    assert not bad, f"{url}:\n" + axe.report(bad)
    for width in WIDTHS:
        scroll_width, inner_width = screenshot(browser, name, width)
        # Wide tables scroll inside their own box; the page itself never scrolls sideways.
        assert scroll_width <= inner_width, f"{url} is {scroll_width}px wide at a {inner_width}px window"


def test_office_pages_show_submissions_and_corrections(server, browser):
    """报送情况 names missing and late agencies; a corrected report says when and links its earlier version."""
    paths = page_paths()
    open_page(browser, server["base"] + "submissions/2020/index.html")
    text = browser.find_element(By.TAG_NAME, "main").text
    assert "未报送" in text and "余姚市人民政府" in text, text[:500]
    assert "逾期" in text and "宁海县商务局" in text, text[:500]
    open_page(browser, server["base"] + paths["corrected"])
    text = browser.find_element(By.TAG_NAME, "main").text
    assert "更正于" in text and "更正前" in text, text[:500]
    link = browser.find_element(By.CSS_SELECTOR, ".correction a[href*='v1/']")
    link.click()
    WebDriverWait(browser, 20).until(lambda d: "/v1/" in d.current_url)
    assert "更正前的版本" in browser.find_element(By.TAG_NAME, "main").text


def test_search_finds_agencies_and_filters(server, browser):
    open_page(browser, server["base"] + "search/index.html")
    results = wait_for_search_results(browser, SEARCH_TERM)
    titles = {title for title, _ in results}
    found = {a for a in EXPECTED_AGENCIES if any(t.startswith(a) for t in titles)}
    assert found == EXPECTED_AGENCIES, f"results for {SEARCH_TERM}: {sorted(titles)}"
    for _, href in results:
        # Result links stay under the sub-path the site is served from, and resolve.
        assert urllib.parse.urlparse(href).path.startswith(PREFIX), href
        assert fetch(href)[0] == 200, href
    filters = {el.text.strip() for el in browser.find_elements(By.CSS_SELECTOR, ".pagefind-ui__filter-name")}
    for name in ("机关", "地区", "年度", "校验状态"):
        assert any(f.startswith(name) for f in filters), f"filter {name} not shown: {filters}"


def test_search_query_in_url(server, browser):
    open_page(browser, server["base"] + "search/index.html?q=" + urllib.parse.quote("宁海县商务局"))
    WebDriverWait(browser, 30).until(lambda d: any(
        link.text.strip().startswith("宁海县商务局") for link in d.find_elements(By.CSS_SELECTOR, ".pagefind-ui__result-link")))


def test_search_page_without_index_says_so(server, browser):
    open_page(browser, server["origin"] + PLAIN_PREFIX + "search/index.html")
    note = WebDriverWait(browser, 20).until(lambda d: d.find_element(By.ID, "search-unavailable") if d.find_element(By.ID, "search-unavailable").is_displayed() else False)
    assert "搜索索引未能加载" in note.text


class LinkParser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []
        self.ids = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        for key in ("href", "src"):
            if attrs.get(key):
                self.links.append((tag, attrs[key]))


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.status, r.headers.get("Content-Type", ""), r.read()
    except urllib.error.HTTPError as e:
        return e.code, "", b""


def test_reused_text_is_marked_and_links_to_its_source(server, browser):
    """The sample's 2021 report repeats its 2020 report: the repeated passages are highlighted (a background the eye
    sees), each followed by a link to the 2020 report, and the note gives the share."""
    url = server["base"] + page_paths()["reused"]
    open_page(browser, url)
    marks = browser.find_elements(By.CSS_SELECTOR, "article mark.reuse-previous[title]")
    assert len(marks) > 3
    for mark in marks[:5]:
        assert mark.is_displayed()
        assert mark.value_of_css_property("background-color") not in ("rgba(0, 0, 0, 0)", "transparent")
    # A passage running across paragraphs is marked in each and linked once, after its last letter.
    links = browser.find_elements(By.CSS_SELECTOR, "article mark.reuse-previous + a.reuse-source")
    assert 0 < len(links) < len(marks)
    assert all(link.get_attribute("href").endswith("/agencies/yu-yao-shi-jing-ji-he-xin-xi-hua-ju/2020/index.html") for link in links)
    note = browser.find_element(By.CSS_SELECTOR, "section.reuse-note").text
    assert "（99%）与本机关2020年度报告相同" in note
    links[0].click()
    WebDriverWait(browser, 20).until(lambda d: d.current_url.endswith("/agencies/yu-yao-shi-jing-ji-he-xin-xi-hua-ju/2020/index.html"))
    assert "2020" in browser.find_element(By.TAG_NAME, "h1").text


def test_every_internal_link_and_asset_resolves(server):
    """Crawls from the home page through nginx: every href and src under the site, fragments included."""
    origin, start = server["origin"], server["base"]
    queue, seen_pages, checked, ids = [start], set(), {}, {}
    fragments = []  # (page, target URL without fragment, fragment)
    broken = []
    while queue:
        url = queue.pop()
        if url in seen_pages:
            continue
        seen_pages.add(url)
        status, ctype, body = fetch(url)
        checked[url] = status
        if status != 200:
            continue
        parser = LinkParser()
        parser.feed(body.decode("utf-8"))
        ids[url] = parser.ids
        for tag, link in parser.links:
            target = urllib.parse.urljoin(url, link)
            parsed = urllib.parse.urlparse(target)
            if parsed.scheme not in ("http", "https") or f"{parsed.scheme}://{parsed.netloc}" != origin:
                continue  # external: the reports' own source pages
            assert parsed.path.startswith(PREFIX), f"{url} links outside the site: {link}"
            plain = urllib.parse.urlunparse(parsed._replace(fragment=""))
            if parsed.fragment:
                fragments.append((url, plain, urllib.parse.unquote(parsed.fragment)))
            if plain not in checked:
                if plain.endswith("/") or plain.endswith(".html"):
                    queue.append(plain)
                    checked.setdefault(plain, None)
                else:
                    checked[plain] = fetch(plain)[0]
            if checked.get(plain) not in (None, 200):
                broken.append(f"{url}: {tag} {link} → {checked[plain]}")
    broken += [f"{u}: {s}" for u, s in checked.items() if s not in (None, 200)]
    for page, target, fragment in fragments:
        if target in ids and fragment not in ids[target]:
            broken.append(f"{page}: #{fragment} not found in {target}")
    # The sitemap lists the pretty URLs; each must resolve too.
    status, _, body = fetch(start + "sitemap.xml")
    assert status == 200
    locs = [el.text for el in ET.fromstring(body).iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert locs
    broken += [f"sitemap: {loc}" for loc in locs if fetch(loc)[0] != 200]
    assert len(seen_pages) > 20
    assert not sorted(set(broken)), "broken links:\n" + "\n".join(sorted(set(broken)))


# The official labels of table 三's rows (2021 template) and columns, and of table 四's blocks and results: every data
# cell's headers, read from the DOM through its `headers` attribute, must be exactly its row's path then its column's.
RESULTS = "三、本年度办理结果"
T3_ROWS = [["一、本年新收政府信息公开申请数量"], ["二、上年结转政府信息公开申请数量"],
           [RESULTS, "（一）予以公开"], [RESULTS, "（二）部分公开"]] + \
    [[RESULTS, "（三）不予公开", x] for x in ("1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”",
     "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项")] + \
    [[RESULTS, "（四）无法提供", x] for x in ("1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确")] + \
    [[RESULTS, "（五）不予处理", x] for x in ("1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
     "5.要求行政机关确认或重新出具已获取信息")] + \
    [[RESULTS, "（六）其他处理", x] for x in ("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
     "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他")] + \
    [[RESULTS, "（七）总计"], ["四、结转下年度继续办理"]]
T3_COLUMNS = [["申请人情况", "自然人"]] + [["申请人情况", "法人或其他组织", x] for x in
              ("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")] + [["申请人情况", "总计"]]
OUTCOMES = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")
T4_COLUMNS = [["行政复议", x] for x in OUTCOMES] + [["行政诉讼", "未经复议直接起诉", x] for x in OUTCOMES] + \
    [["行政诉讼", "复议后起诉", x] for x in OUTCOMES]

TABLE_CELLS_JS = """
const table = [...document.querySelectorAll('table')].find(t => t.caption && t.caption.textContent.trim() === arguments[0]);
if (!table) return null;
const label = id => document.getElementById(id).textContent.trim();
return [...table.tBodies[0].rows].map(row => [...row.cells].filter(c => c.tagName === 'TD').map(
    td => ({headers: td.getAttribute('headers').split(' ').map(label), text: td.textContent.trim(),
            right: getComputedStyle(td).textAlign === 'right'})));
"""


def real_report_url(server):
    pages = glob.glob(os.path.join(server["real"], "agencies", "*", "2024", "index.html"))
    assert len(pages) == 1, f"the real report's page: {pages}"
    return server["origin"] + REAL_PREFIX + os.path.relpath(pages[0], server["real"])


def test_report_tables_follow_the_official_form(server, browser):
    url = real_report_url(server)
    open_page(browser, url)
    t3 = browser.execute_script(TABLE_CELLS_JS, "三、收到和处理政府信息公开申请情况")
    assert t3 is not None, "table 三 has no caption naming its section"
    assert len(t3) == len(T3_ROWS)
    for i, row in enumerate(t3):
        assert [c["headers"] for c in row] == [T3_ROWS[i] + column for column in T3_COLUMNS], f"row {i} of table 三"
        assert all(c["right"] for c in row), f"row {i} of table 三 is not right-aligned"
    assert t3[0][0]["text"] == "3001" and t3[-2][-1]["text"] == "3050", "the figures of 淮安市人民政府's table 三"
    t4 = browser.execute_script(TABLE_CELLS_JS, "四、政府信息公开行政复议、行政诉讼情况")
    assert t4 is not None and len(t4) == 1, "table 四: one row of figures under its three blocks"
    assert [c["headers"] for c in t4[0]] == T4_COLUMNS
    groups = browser.execute_script(
        "return [...document.querySelectorAll('th[scope=colgroup], th[scope=rowgroup]')].map(th => th.textContent.trim())")
    assert {"申请人情况", "法人或其他组织", RESULTS, "（三）不予公开", "行政复议", "行政诉讼"} <= set(groups)
    assert browser.execute_script("return document.querySelectorAll('colgroup').length") >= 7
    axe = Axe(browser, script_url=AXE_SCRIPT)
    axe.inject()
    bad = [v for v in axe.run()["violations"] if v.get("impact") in ("serious", "critical")]
    assert not bad, f"{url}:\n" + axe.report(bad)
    box = browser.find_element(By.XPATH, "//table[caption='三、收到和处理政府信息公开申请情况']/..")
    for width in WIDTHS:
        emulate(browser, width, 900, width < 600)
        time.sleep(0.2)
        page_width, window, box_scroll, box_width = browser.execute_script(
            "const b = arguments[0]; return [document.documentElement.scrollWidth, document.documentElement.clientWidth,"
            " b.scrollWidth, b.clientWidth]", box)
        assert page_width <= window, f"the page scrolls sideways at {width}px"
        if width < 600:
            assert box_scroll > box_width, "at 375px table 三 scrolls inside its own box"
        browser.execute_script("arguments[0].scrollIntoView()", box)
        box.screenshot(os.path.join(SCREENSHOTS, f"table-3-{width}.png"))
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def test_a_report_prints_on_a4_as_a_document(server, browser):
    url = real_report_url(server)
    open_page(browser, url)
    title = browser.find_element(By.TAG_NAME, "h1").text.strip()
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        hidden = browser.execute_script(
            "return ['.site-header', '.site-footer', '.breadcrumbs'].map(s => document.querySelector(s))"
            ".filter(e => e).map(e => getComputedStyle(e).display)")
        assert hidden and all(d == "none" for d in hidden), f"navigation printed: {hidden}"
        rows = browser.execute_script(
            "return [...document.querySelectorAll('table tr')].map(tr => getComputedStyle(tr).breakInside)")
        assert rows and all(r == "avoid" for r in rows), "a table row may split across pages"
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    pdf = base64.b64decode(browser.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": True})["data"])
    path = os.path.join(SCREENSHOTS, "report-print.pdf")
    with open(path, "wb") as f:
        f.write(pdf)
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    assert "A4" in info, f"not printed on A4:\n{info}"
    text = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout
    assert title in text.replace(" ", "") or title in text, "the printed report has no title"
    assert "三、收到和处理政府信息公开申请情况" in text and "跳到正文" not in text and "当前位置" not in text


def test_every_page_has_a_description_for_sharing(server):
    for name, path in page_paths().items():
        status, _, body = fetch(server["base"] + path)
        assert status == 200, f"{name}: {status}"
        page = body.decode("utf-8")
        for tag in ('<meta name="description" content="', '<meta property="og:title" content="',
                    '<meta property="og:description" content="'):
            assert tag in page and tag + '"' not in page, f"{name}: {tag!r} missing or empty"


def test_the_validation_dashboard_answers_on_its_first_screen(server, browser):
    """At 1280×800, with no scrolling and no JavaScript: which rules fail and where (the matrix), the agencies with the
    most errors, and the choice of year; every count leads to exactly that many findings."""
    url = server["origin"] + DEMO_PREFIX + "validation/index.html"
    emulate(browser, 1280, 800, False)
    try:
        open_page(browser, url)
        assert browser.execute_script("return document.scripts.length") == 0
        bottoms = browser.execute_script(
            "return ['.year-choice', '.matrix table', '.top-agencies ol'].map(s => document.querySelector(s))"
            ".map(e => e ? e.getBoundingClientRect().bottom : null)")
        assert None not in bottoms and max(bottoms) <= 800, f"below the first screen: {bottoms}"
        assert browser.execute_script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth")
        browser.save_screenshot(os.path.join(SCREENSHOTS, "validation-first-screen-1280.png"))
        axe = Axe(browser, script_url=AXE_SCRIPT)
        axe.inject()
        bad = [v for v in axe.run()["violations"] if v.get("impact") in ("serious", "critical")]
        assert not bad, f"{url}:\n" + axe.report(bad)
        links = browser.execute_script(
            "return [...document.querySelectorAll('.matrix td a')].map(a => [a.href, Number(a.textContent)])")
        assert len(links) >= 20
        for href, count in links[:12]:
            open_page(browser, href)
            rows = browser.execute_script("return document.querySelectorAll('main tbody tr').length")
            assert rows == count, f"{href}: {count} in the matrix, {rows} listed"
        csv_status, _, csv = fetch(server["origin"] + DEMO_PREFIX + "validation/matrix.csv")
        assert csv_status == 200 and csv.decode("utf-8-sig").startswith("规则,规则名称,")
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
