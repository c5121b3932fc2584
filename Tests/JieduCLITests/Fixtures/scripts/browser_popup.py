"""Opens the HTML handout in headless Chromium through Selenium and chromedriver, clicks a word and
toggles pinyin and English; prints what it saw as JSON."""
import json
import sys

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

options = Options()
options.binary_location = "/usr/bin/chromium"
for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1200,1600"):
    options.add_argument(argument)
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
try:
    driver.get("file://" + sys.argv[1])
    word = sys.argv[2]
    ruby = next(r for r in driver.find_elements(By.CSS_SELECTOR, "main ruby")
                if r.get_attribute("textContent").split(r.find_element(By.TAG_NAME, "rt").get_attribute("textContent"))[0] == word)
    driver.execute_script("arguments[0].scrollIntoView()", ruby)
    ruby.click()
    popup = driver.find_element(By.ID, "pop")
    seen = {"popup_visible": popup.is_displayed(), "popup": popup.text}
    rt = ruby.find_element(By.TAG_NAME, "rt")
    seen["rt_visible_before"] = rt.is_displayed()
    driver.find_element(By.CSS_SELECTOR, "label[for=py-none]").click()
    seen["rt_visible_after_none"] = rt.is_displayed()
    driver.find_element(By.CSS_SELECTOR, "label[for=py-all]").click()
    seen["rt_visible_after_all"] = rt.is_displayed()
    english = driver.find_element(By.CSS_SELECTOR, "main .en")
    seen["en_visible_before"] = english.is_displayed()
    driver.find_element(By.ID, "tg-en").click()
    seen["en_visible_after_toggle"] = english.is_displayed()
    driver.find_element(By.ID, "tg-tones").click()
    seen["tone_spans"] = len(driver.find_elements(By.CSS_SELECTOR, "rt .t1, rt .t2, rt .t3, rt .t4, rt .t5"))
    spans = ruby.find_elements(By.CSS_SELECTOR, "rt span")
    seen["word_tones"] = [s.get_attribute("className") for s in spans]
    seen["word_colours"] = [s.value_of_css_property("color") for s in spans]
    seen["word_pinyin"] = ruby.find_element(By.TAG_NAME, "rt").get_attribute("textContent")
    seen["remote"] = driver.execute_script(
        "return performance.getEntriesByType('resource').map(function (e) { return e.name; })"
        ".filter(function (n) { return !n.startsWith('file:') && !n.startsWith('data:'); })")
    print(json.dumps(seen, ensure_ascii=False))
finally:
    driver.quit()
