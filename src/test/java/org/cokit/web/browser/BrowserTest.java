package org.cokit.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cokit.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of the browser tests: headless Chromium against the running test application, one browser for the whole
 * test run and one signed-in context per login and language, reused by every test of a class. {@link #visit} opens
 * a page and checks it: axe-core at WCAG 2.1 A and AA, a label on every field, at desktop and phone size, in the
 * page's language and again in Slovenian; the key pages are saved as screenshots under {@code target/screenshots/}.
 * A new browser test extends this class, signs in with {@link #as} and visits its pages (a phone-sized context:
 * {@link #phone}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

    /** Set to {@code false} to skip the browser tests (e.g. on a machine without Chromium). */
    public static final String ENABLED_PROPERTY = "browser-tests";
    /** The Chromium to drive; Debian's package puts it here. */
    public static final String CHROMIUM_PROPERTY = "browser-tests.chromium";

    protected static final Viewport DESKTOP = new Viewport("desktop", 1280, 800);
    protected static final Viewport PHONE = new Viewport("phone", 390, 844);
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String AXE_SOURCE = axeSource();

    private static Playwright playwright;
    private static Browser browser;
    /** Signed-in cookies per login, so each account logs in through the form once per test run. */
    private static final Map<String, String> SIGNED_IN = new HashMap<>();
    /** Passwords of accounts that do not sign in with {@link TestData#PASSWORD}. */
    private static final Map<String, String> PASSWORDS = new java.util.concurrent.ConcurrentHashMap<>();

    @TestHTTPResource("/")
    URL base;

    private final Map<String, BrowserContext> contexts = new HashMap<>();
    private final Map<String, Long> nanos = new java.util.TreeMap<>();

    /** Adds the time {@code work} takes to {@code what}, for the summary each class prints when it ends. */
    private <T> T timed(String what, java.util.function.Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            nanos.merge(what, System.nanoTime() - start, Long::sum);
        }
    }

    public record Viewport(String name, int width, int height) {
    }

    @BeforeAll
    void startBrowser() {
        Assumptions.assumeFalse("false".equalsIgnoreCase(System.getProperty(ENABLED_PROPERTY)),
                "browser tests switched off with -D" + ENABLED_PROPERTY + "=false");
        browser();
    }

    @AfterAll
    void closeContexts() {
        System.out.println(getClass().getSimpleName() + " browser time: " + nanos.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue() / 1_000_000 + " ms").collect(Collectors.joining(", ")));
        contexts.values().forEach(BrowserContext::close);
        contexts.clear();
    }

    static synchronized Browser browser() {
        if (browser == null) {
            Path chromium = Path.of(System.getProperty(CHROMIUM_PROPERTY, "/usr/bin/chromium"));
            if (!Files.isExecutable(chromium)) {
                fail("Browser tests need Chromium at " + chromium + ": install it (apt-get install -y chromium), point -D"
                        + CHROMIUM_PROPERTY + "=<path> at another, or skip them with -D" + ENABLED_PROPERTY + "=false");
            }
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(chromium)
                    .setHeadless(true).setArgs(List.of("--headless=new", "--no-sandbox", "--disable-gpu",
                            "--disable-dev-shm-usage", "--disable-background-networking")));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                browser.close();
                playwright.close();
            }));
        }
        return browser;
    }

    /** Makes {@link #as} and {@link #phone} sign {@code email} in with {@code password} (an account a test made). */
    protected static void password(String email, String password) {
        PASSWORDS.put(email, password);
    }

    /** A page in English at desktop size, signed in as {@code email} (logged in through the form once per run). */
    protected Page as(String email) {
        return context(email, "en", DESKTOP).newPage();
    }

    /** A page for a visitor who is not signed in, in {@code lang}. */
    protected Page anonymous(String lang) {
        return context(null, lang, DESKTOP).newPage();
    }

    /** A phone-sized page (390 x 844, touch), signed in as {@code email} or anonymous when it is null. */
    protected Page phone(String email, String lang) {
        return context(email, lang, PHONE).newPage();
    }

    /** A phone-sized page of a visitor without an account whose browser runs no JavaScript, in {@code lang}. */
    protected Page phoneWithoutJavaScript(String lang) {
        return context(null, lang, PHONE, false).newPage();
    }

    /** A browser context (cookies, language, size) of this test class, made once. */
    protected BrowserContext context(String email, String lang, Viewport viewport) {
        return context(email, lang, viewport, true);
    }

    private BrowserContext context(String email, String lang, Viewport viewport, boolean javaScript) {
        String key = email + "|" + lang + "|" + viewport.name() + (javaScript ? "" : "|no-script");
        return contexts.computeIfAbsent(key, k -> {
            Browser.NewContextOptions options = new Browser.NewContextOptions().setBaseURL(baseUrl())
                    .setLocale(lang).setExtraHTTPHeaders(Map.of("Accept-Language", lang))
                    .setViewportSize(viewport.width(), viewport.height())
                    .setHasTouch(viewport == PHONE).setIsMobile(viewport == PHONE)
                    .setJavaScriptEnabled(javaScript);
            if (email != null) {
                options.setStorageState(signedIn(email));
            }
            return browser().newContext(options);
        });
    }

    private synchronized String signedIn(String email) {
        String state = SIGNED_IN.get(email);
        if (state == null) {
            try (BrowserContext context = browser().newContext(new Browser.NewContextOptions().setBaseURL(baseUrl()))) {
                Page page = context.newPage();
                page.navigate("/login");
                page.locator("#j_username").fill(email);
                page.locator("#j_password").fill(PASSWORDS.getOrDefault(email, TestData.PASSWORD));
                page.locator("form[action='/j_security_check'] button[type=submit]").click();
                page.waitForURL(url -> !url.contains("/login"));
                state = context.storageState();
            }
            SIGNED_IN.put(email, state);
        }
        return state;
    }

    protected String baseUrl() {
        String url = base.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * Opens {@code path}, expects it to answer below 400, and checks it as {@link #check} does; then opens it again
     * in Slovenian, signed in as the same person, and checks that too.
     */
    protected Response visit(Page page, String path, String name) {
        Response response = timed("pages", () -> page.navigate(path));
        assertTrue(response.status() < 400, path + " answered " + response.status());
        check(page, name);
        return response;
    }

    /** The page where a click or a redirect led: checked as it is, then its address again in Slovenian. */
    protected void check(Page page, String name) {
        checkAsIs(page, name);
        alsoInSlovenian(page, name);
    }

    /** The page as it is now (e.g. after a form came back with errors): checked at both sizes in its language. */
    protected void checkAsIs(Page page, String name) {
        if (isWithoutScript(page)) {
            // axe runs on timers and promises, which never fire in a page without JavaScript: the same address is
            // checked in a page that runs scripts (these pages render the same HTML either way)
            Page scripted = context(null, lang(page), PHONE).newPage();
            try {
                Response response = timed("pages", () -> scripted.navigate(page.url()));
                assertTrue(response.status() < 400, page.url() + " answered " + response.status());
                checkAsIs(scripted, name);
            } finally {
                scripted.close();
            }
            return;
        }
        ViewportSize original = ViewportSize.of(page);
        List<String> problems = new ArrayList<>();
        for (Viewport viewport : List.of(DESKTOP, PHONE)) {
            page.setViewportSize(viewport.width(), viewport.height());
            String where = name + " (" + lang(page) + ", " + viewport.name() + ", " + page.url() + ")";
            problems.addAll(timed("axe", () -> axe(page, where)));
            problems.addAll(unlabelledFields(page, where));
            if ("en".equals(lang(page))) {
                timed("screenshots", () -> {
                    screenshot(page, name + "-" + viewport.name());
                    return null;
                });
            }
        }
        page.setViewportSize(original.width(), original.height());
        assertTrue(problems.isEmpty(), "Accessibility problems:\n" + String.join("\n", problems));
    }

    private boolean isWithoutScript(Page page) {
        return contexts.entrySet().stream().anyMatch(e -> e.getValue() == page.context()
                && e.getKey().endsWith("|no-script"));
    }

    /** Opens the page's address in Slovenian in a new page of the same person and checks it there too. */
    private void alsoInSlovenian(Page page, String name) {
        if (!"en".equals(lang(page))) {
            return;
        }
        String email = contexts.entrySet().stream().filter(e -> e.getValue() == page.context()).findFirst()
                .map(e -> e.getKey().split("\\|")[0]).orElse("null");
        Page slovenian = context("null".equals(email) ? null : email, "sl", DESKTOP).newPage();
        try {
            Response response = timed("slovenian pages", () -> slovenian.navigate(page.url()));
            assertTrue(response.status() < 400, page.url() + " answered " + response.status() + " in Slovenian");
            assertEquals("sl", lang(slovenian), "page language of " + page.url());
            checkAsIs(slovenian, name);
        } finally {
            slovenian.close();
        }
    }

    static String lang(Page page) {
        return (String) page.evaluate("document.documentElement.lang");
    }

    /**
     * axe-core's violations of {@link #WCAG_TAGS} on the page as it is now. axe's script (the one the Deque artefact
     * bundles) goes into the page once per document and is then run for each size: {@code AxeBuilder.analyze()}
     * injected it into the page and into a fresh blank page on every call, which made up most of the suite's time.
     */
    @SuppressWarnings("unchecked")
    static List<String> axe(Page page, String where) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            // a function, not the bare script: Playwright evaluates a string that is not a function as one
            // expression, and the statements of axe.min.js are not an expression
            page.evaluate("() => {\n" + AXE_SOURCE + "\n}");
        }
        List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate("""
                tags => axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
                  .then(r => r.violations.map(v => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 5)
                    .map(n => ({ target: JSON.stringify(n.target), html: n.html, summary: n.failureSummary || '' })) })))""",
                WCAG_TAGS);
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> rule : violations) {
            String nodes = ((List<Map<String, Object>>) rule.get("nodes")).stream().map(BrowserTest::describe)
                    .collect(Collectors.joining("\n      "));
            problems.add(where + ": " + rule.get("id") + " – " + rule.get("help") + "\n      " + nodes);
        }
        return problems;
    }

    private static String describe(Map<String, Object> node) {
        String html = (String) node.get("html");
        String summary = ((String) node.get("summary")).replace('\n', ' ');
        return node.get("target") + " " + (html.length() > 160 ? html.substring(0, 160) + "…" : html)
                + (summary.isEmpty() ? "" : " " + summary);
    }

    private static String axeSource() {
        try (var in = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is missing from the axe-core Playwright artefact");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Visible form fields without a label (a {@code <label>}, aria-label or aria-labelledby). */
    @SuppressWarnings("unchecked")
    static List<String> unlabelledFields(Page page, String where) {
        List<String> fields = (List<String>) page.evaluate("""
                () => [...document.querySelectorAll('input, select, textarea')]
                  .filter(f => f.type !== 'hidden' && f.getClientRects().length > 0)
                  .filter(f => f.labels.length === 0 && !f.getAttribute('aria-label')
                               && !f.getAttribute('aria-labelledby'))
                  .map(f => f.outerHTML.slice(0, 120))""");
        return fields.stream().map(f -> where + ": field without a label: " + f).toList();
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /** The entry of the assessment titled {@code title} on the assessments page. */
    protected static Locator roundOn(Page page, String title) {
        return page.locator("li.assessment").filter(new Locator.FilterOptions()
                .setHas(page.locator("h2", new Page.LocatorOptions().setHasText(title))));
    }

    /** Presses Tab until the element with {@code id} has the focus; fails after {@code max} presses. */
    protected static void tabUntil(Page page, String id, int max) {
        for (int i = 0; i < max; i++) {
            page.keyboard().press("Tab");
            if (id.equals(page.evaluate("document.activeElement.id"))) {
                return;
            }
        }
        throw new AssertionError("Tab did not reach #" + id + " in " + max + " presses");
    }

    private record ViewportSize(int width, int height) {
        static ViewportSize of(Page page) {
            var size = page.viewportSize();
            return size == null ? new ViewportSize(DESKTOP.width(), DESKTOP.height())
                    : new ViewportSize(size.width, size.height);
        }
    }
}
