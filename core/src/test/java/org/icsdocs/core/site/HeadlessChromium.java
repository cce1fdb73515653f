package org.icsdocs.core.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.icsdocs.core.testing.OptionalTools;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium for the site's browser tests: a viewport of a given width, with or
 * without JavaScript. Below 500 pixels a headless window stays 500 wide, so a phone's width is
 * Chromium's device emulation (as its developer tools' device mode), which also makes it a
 * touch screen that honours the viewport meta tag, as a phone does.
 */
final class HeadlessChromium {

    private HeadlessChromium() {
    }

    /** Whether Chromium and ChromeDriver are on the PATH, for a class's set-up that skips nothing itself. */
    static boolean installed() {
        return OptionalTools.find(OptionalTools.Tool.CHROMIUM).isPresent() && OptionalTools.find(OptionalTools.Tool.CHROMEDRIVER).isPresent();
    }

    /** Skips the calling test, saying why, unless Chromium and ChromeDriver are on the PATH. */
    static void require() {
        OptionalTools.require(OptionalTools.Tool.CHROMIUM);
        OptionalTools.require(OptionalTools.Tool.CHROMEDRIVER);
    }

    static WebDriver start(int width, int height, boolean javascript) {
        try {
            Path profile = Files.createTempDirectory("chromium-profile");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(OptionalTools.require(OptionalTools.Tool.CHROMIUM).toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                    "--window-size=" + Math.max(width, 500) + "," + height, "--hide-scrollbars");
            if (width < 500) {
                options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics", Map.of("width", width, "height", height, "pixelRatio", 3.0)));
            }
            if (!javascript) {
                options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
            }
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(OptionalTools.require(OptionalTools.Tool.CHROMEDRIVER).toFile()).build();
            return new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
