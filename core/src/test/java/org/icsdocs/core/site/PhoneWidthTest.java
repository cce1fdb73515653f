package org.icsdocs.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Every page of the example site on a 390-pixel phone (an iPhone 12 to 15's width): nothing
 * wider than the screen, so nothing scrolls sideways, and every item of the header's navigation
 * reachable, with JavaScript (the design system's "More" menu gathers what does not fit) and
 * without it (the items wrap onto further lines).
 */
class PhoneWidthTest {

    static final int PHONE = 390;

    static SiteServer server;
    static WebDriver withScript;
    static WebDriver withoutScript;

    @BeforeAll
    static void start() {
        // Without Chromium each test is skipped by requireBrowser, so the report counts every one skipped
        // (an assumption failing here would report the class as no tests run).
        if (!HeadlessChromium.installed()) {
            return;
        }
        server = new SiteServer(ExampleSite.folder());
        withScript = HeadlessChromium.start(PHONE, 844, true);
        withoutScript = HeadlessChromium.start(PHONE, 844, false);
    }

    @org.junit.jupiter.api.BeforeEach
    void requireBrowser() {
        HeadlessChromium.require();
    }

    @AfterAll
    static void stop() {
        for (WebDriver browser : new WebDriver[] {withScript, withoutScript}) {
            if (browser != null) {
                browser.quit();
            }
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void noPageScrollsSidewaysOnAPhoneWithJavaScript() {
        assertThat(widerThanTheScreen(withScript)).isEmpty();
    }

    @Test
    void noPageScrollsSidewaysOnAPhoneWithoutJavaScript() {
        assertThat(widerThanTheScreen(withoutScript)).isEmpty();
    }

    @Test
    void theWindowIsAPhonesWidth() {
        withScript.get(server.url("index.html"));
        long width = (Long) ((JavascriptExecutor) withScript).executeScript("return document.documentElement.clientWidth;");
        assertThat(width).isEqualTo(PHONE);
    }

    /** With JavaScript, the items that do not fit are in the "More" menu, and opening it shows them. */
    @Test
    void everyNavigationItemIsReachableFromTheMoreMenu() {
        withScript.get(server.url("board.html"));
        List<String> wanted = navigationTitles();
        List<String> shown = visibleNavigationTitles(withScript);
        assertThat(shown).as("a phone cannot show all the items in one line").hasSizeLessThan(wanted.size());
        WebElement more = withScript.findElement(By.cssSelector(".nhsuk-header__menu-toggle"));
        assertThat(more.isDisplayed()).isTrue();
        more.click();
        assertThat(more.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(visibleNavigationTitles(withScript)).containsExactlyInAnyOrderElementsOf(wanted);
    }

    /** Without JavaScript there is no menu to open: every item is on the screen, and the empty "More" button is not. */
    @Test
    void everyNavigationItemIsShownWithoutJavaScript() {
        withoutScript.get(server.url("board.html"));
        assertThat(visibleNavigationTitles(withoutScript)).containsExactlyInAnyOrderElementsOf(navigationTitles());
        assertThat(withoutScript.findElement(By.cssSelector(".nhsuk-header__menu")).isDisplayed()).isFalse();
    }

    private static List<String> navigationTitles() {
        return SiteInfo.NAVIGATION.stream().map(SiteInfo.NavItem::title).toList();
    }

    private static List<String> visibleNavigationTitles(WebDriver browser) {
        return browser.findElements(By.cssSelector(".nhsuk-header__navigation a.nhsuk-header__navigation-link")).stream()
                .filter(WebElement::isDisplayed).map(a -> a.getText().strip()).toList();
    }

    /** Each page whose content is wider than the window, with the widest element that makes it so. */
    private static List<String> widerThanTheScreen(WebDriver browser) {
        List<String> pages = ExampleSite.pages();
        assertThat(pages).hasSizeGreaterThan(40);
        List<String> wide = new ArrayList<>();
        for (String page : pages) {
            browser.get(server.url(page));
            Object found = ((JavascriptExecutor) browser).executeScript("""
                    const root = document.documentElement;
                    if (root.scrollWidth <= root.clientWidth) return null;
                    let widest = null;
                    for (const e of document.body.querySelectorAll('*')) {
                      const r = e.getBoundingClientRect();
                      if (r.right > root.clientWidth + 1 && (!widest || r.right > widest.r)) widest = { r: r.right, e };
                    }
                    const e = widest && widest.e;
                    return root.scrollWidth + ' > ' + root.clientWidth + (e ? ' (' + e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ').join('.') : '') + ')' : '');
                    """);
            if (found != null) {
                wide.add(page + ": " + found);
            }
        }
        return wide;
    }
}
