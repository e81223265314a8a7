package org.cokit.security;

import io.restassured.response.Response;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.cokit.TestData.Browser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Follows a signed-in browser's links through the site's HTML pages, so that tests find every page and form a role
 * reaches without a list to keep up to date. Downloads (PDF, CSV) and signing out are left alone.
 */
final class SiteCrawler {

    /** One page that answered 200 with HTML. */
    record Page(String path, Response response, Document document) {
    }

    /** A form that posts: where it was found, its action and its fields' initial values. */
    record PostForm(String page, String action, Map<String, String> fields, boolean hasCsrfField) {
    }

    private SiteCrawler() {
    }

    /** Every HTML page reachable from {@code start}, at most {@code limit} of them, in the order found. */
    static Map<String, Page> crawl(Browser browser, String start, int limit) {
        return crawl(browser, java.util.List.of(start), limit);
    }

    /** Every HTML page reachable from any of {@code starts}, at most {@code limit} of them. */
    static Map<String, Page> crawl(Browser browser, java.util.List<String> starts, int limit) {
        Map<String, Page> pages = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>(starts);
        Deque<String> queue = new ArrayDeque<>(starts);
        while (!queue.isEmpty() && pages.size() < limit) {
            String path = queue.poll();
            Response response = browser.get(path);
            String type = response.contentType();
            if (response.statusCode() != 200 || type == null || !type.startsWith("text/html")) {
                continue;
            }
            Document document = Jsoup.parse(response.asString(), "http://localhost" + path);
            pages.put(path, new Page(path, response, document));
            for (Element link : document.select("a[href]")) {
                String href = localPath(link.attr("href"));
                if (href != null && seen.add(href) && followable(href)) {
                    queue.add(href);
                }
            }
        }
        return pages;
    }

    /** The post forms on the pages, one per action (the first found). */
    static Map<String, PostForm> postForms(Map<String, Page> pages) {
        Map<String, PostForm> forms = new LinkedHashMap<>();
        for (Page page : pages.values()) {
            for (Element form : page.document().select("form")) {
                if (!"post".equalsIgnoreCase(form.attr("method"))) {
                    continue;
                }
                String action = form.attr("action").isEmpty() ? page.path() : localPath(form.attr("action"));
                if (action == null || forms.containsKey(action)) {
                    continue;
                }
                Map<String, String> fields = new LinkedHashMap<>();
                for (Element input : form.select("input[name], textarea[name], select[name]")) {
                    String value = input.tagName().equals("select")
                            ? input.select("option").stream().findFirst().map(o -> o.attr("value")).orElse("")
                            : input.tagName().equals("textarea") ? input.text() : input.attr("value");
                    fields.putIfAbsent(input.attr("name"), value);
                }
                boolean hasCsrf = fields.containsKey("csrf") && !fields.get("csrf").isBlank();
                fields.remove("csrf");
                forms.put(action, new PostForm(page.path(), action, fields, hasCsrf));
            }
        }
        return forms;
    }

    private static boolean followable(String path) {
        return !path.endsWith(".pdf") && !path.endsWith(".csv") && !path.endsWith("/pdf") && !path.contains("logout")
                && !path.startsWith("/q/") && !path.startsWith("/api/") && !path.startsWith("/css/")
                && !path.startsWith("/js/") && !path.startsWith("/language");
    }

    /** The path (and query) of a link to this site, or null for another site, a fragment or a mail link. */
    private static String localPath(String href) {
        if (href.startsWith("http://localhost")) {
            href = href.replaceFirst("^http://localhost(:\\d+)?", "");
        }
        if (!href.startsWith("/") || href.startsWith("//")) {
            return null;
        }
        int hash = href.indexOf('#');
        return hash >= 0 ? href.substring(0, hash) : href;
    }
}
