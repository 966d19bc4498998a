package app.roster.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven through Debian's ChromeDriver, for tests that click through the
 * console as an admin would. The driver path is given explicitly, so Selenium Manager never runs;
 * each browser starts on an empty profile under target/. Waits are explicit: for the page, for
 * PrimeFaces' Ajax queue to drain, or for what the user should see.
 */
public final class Browser implements AutoCloseable {

  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  private final ChromeDriverService service;
  private final ChromeDriver driver;
  private final Path profile;
  private final String base;

  private Browser(URL base) {
    this.base = base.toString().endsWith("/") ? base.toString() : base + "/";
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    profile = tmp.resolve("chromium-" + UUID.randomUUID());
    service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(System.getProperty("roster.test.chromedriver")))
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("roster.test.browser"));
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1400,1000",
        "--lang=en",
        "--user-data-dir=" + profile);
    driver = new ChromeDriver(service, options);
  }

  /** A new browser for the server at {@code base}. */
  public static Browser open(URL base) {
    return new Browser(base);
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** Opens a path of the application ("console/members/index.xhtml") and waits for it. */
  public Browser go(String path) {
    driver.get(base + path);
    waitForPage();
    return this;
  }

  /** The path and query of the current page, without the application's base. */
  public String path() {
    String url = driver.getCurrentUrl();
    return url.startsWith(base) ? url.substring(base.length()) : url;
  }

  /** Forgets who is signed in (the session cookie) so that the next test starts afresh. */
  public void forgetSession() {
    driver.manage().deleteAllCookies();
  }

  public WebElement element(String id) {
    return new WebDriverWait(driver, TIMEOUT)
        .until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
  }

  public WebElement visible(String id) {
    return new WebDriverWait(driver, TIMEOUT)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
  }

  public boolean isVisible(String id) {
    List<WebElement> found = driver.findElements(By.id(id));
    return !found.isEmpty() && found.get(0).isDisplayed();
  }

  /** Replaces the text of an input with real key presses, so its input events fire. */
  public Browser type(String id, String text) {
    WebElement input = visible(id);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    if (!text.isEmpty()) {
      input.sendKeys(text);
    }
    return this;
  }

  /** Clicks and waits until the page or the Ajax request it started has finished. */
  public Browser click(String id) {
    new WebDriverWait(driver, TIMEOUT)
        .until(ExpectedConditions.elementToBeClickable(By.id(id)))
        .click();
    waitForPage();
    return this;
  }

  /**
   * Chooses an option of a PrimeFaces select menu by its label, as a user clicks it: opens the
   * panel, waits until it has finished opening (the menu says it is expanded), clicks the option,
   * and waits until the menu shows it and has closed.
   */
  public Browser choose(String menuId, String label) {
    if (label.equals(textOrEmpty(menuId + "_label"))) {
      return this;
    }
    click(menuId);
    until(() -> isExpanded(menuId));
    By item = By.cssSelector("[id='" + menuId + "_panel'] li[data-label=\"" + label + "\"]");
    new WebDriverWait(driver, TIMEOUT).until(ExpectedConditions.elementToBeClickable(item)).click();
    until(() -> label.equals(textOrEmpty(menuId + "_label")) && !isExpanded(menuId));
    waitForPage();
    return this;
  }

  /** Opens a PrimeFaces menu button and clicks the item with this label. */
  public Browser chooseFromMenu(String menuButtonId, String label) {
    click(menuButtonId + "_button");
    visible(menuButtonId + "_menu");
    By item =
        By.xpath("//*[@id='" + menuButtonId + "_menu']//a[normalize-space(.)='" + label + "']");
    new WebDriverWait(driver, TIMEOUT).until(d -> d.findElement(item).isDisplayed());
    driver.findElement(item).click();
    waitForPage();
    return this;
  }

  private boolean isExpanded(String menuId) {
    return "true".equals(element(menuId + "_label").getAttribute("aria-expanded"));
  }

  /** Clicks a link or a button without Ajax, and waits until the page it loads is there. */
  public Browser clickThrough(String id) {
    JavascriptExecutor js = driver;
    js.executeScript("window.rosterLeaving = true;");
    new WebDriverWait(driver, TIMEOUT)
        .until(ExpectedConditions.elementToBeClickable(By.id(id)))
        .click();
    // A new document has no marker. While Chromium swaps documents, a probe may fail with a stale
    // element or "node does not belong to the document"; the wait asks again instead.
    new WebDriverWait(driver, TIMEOUT)
        .ignoring(WebDriverException.class)
        .until(
            d ->
                Boolean.TRUE.equals(
                    js.executeScript(
                        "return !window.rosterLeaving && document.readyState === 'complete';")));
    waitForPage();
    return this;
  }

  public String text(String id) {
    return element(id).getText();
  }

  /** Waits until the element shows a text containing {@code expected}, and returns its text. */
  public String waitForText(String id, String expected) {
    until(() -> textOrEmpty(id).contains(expected));
    return text(id);
  }

  /** Waits until a growl notification shows a text containing {@code expected}. */
  public void waitForGrowl(String expected) {
    until(
        () ->
            driver.findElements(By.cssSelector(".ui-growl-message")).stream()
                .anyMatch(message -> message.getText().contains(expected)));
  }

  /** Waits until {@code condition} holds, re-checking it after every change of the page. */
  public void until(Supplier<Boolean> condition) {
    new WebDriverWait(driver, TIMEOUT)
        .ignoring(StaleElementReferenceException.class)
        .until(d -> condition.get());
  }

  /** Waits for the document to load and PrimeFaces (and jQuery) to have no request in flight. */
  public void waitForPage() {
    new WebDriverWait(driver, TIMEOUT)
        .ignoring(JavascriptException.class)
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return document.readyState === 'complete'"
                                + " && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                                + " && (!window.jQuery || jQuery.active == 0);")));
  }

  /**
   * The visible texts of the rows of a PrimeFaces data table, one string per row, read in one
   * script call so that a table redrawn meanwhile cannot leave a stale row behind.
   */
  @SuppressWarnings("unchecked")
  public List<String> rows(String tableId) {
    Object texts =
        new WebDriverWait(driver, TIMEOUT)
            .ignoring(JavascriptException.class)
            .until(
                d ->
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "var body = document.getElementById(arguments[0] + '_data');"
                                + " if (!body) { return null; }"
                                + " return Array.from(body.children)"
                                + ".filter(r => !r.classList.contains('ui-datatable-empty-message'))"
                                + ".map(r => r.innerText.replace(/\\s+/g, ' ').trim());",
                            tableId));
    return (List<String>) texts;
  }

  /** Saves a picture of the page under target/screenshots, for a person to look at. */
  public Path screenshot(String name) {
    try {
      Path dir = Path.of("target", "screenshots");
      Files.createDirectories(dir);
      Path file = dir.resolve(name + ".png");
      File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), file, StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String textOrEmpty(String id) {
    List<WebElement> found = driver.findElements(By.id(id));
    return found.isEmpty() ? "" : found.get(0).getText();
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
      deleteQuietly(profile);
    }
  }

  private static void deleteQuietly(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A leftover profile under target/ goes with the next clean build.
    }
  }
}
