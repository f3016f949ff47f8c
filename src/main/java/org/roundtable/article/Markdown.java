package org.roundtable.article;

import java.util.List;
import java.util.Set;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.roundtable.language.Messages;

/**
 * The one place Markdown becomes HTML, for article sections and for student posts, so both get the same
 * rendering rules and the same sanitiser.
 */
public final class Markdown {

    /** Links are user-supplied: don't pass ranking to them, mark them as user content, and cut window.opener. */
    static final String LINK_REL = "nofollow ugc noopener";

    // Parser, renderer, safelist and cleaner are immutable once built and thread-safe; building them is the
    // expensive part, and this runs on every post save.
    private static final Parser PARSER = Parser.builder().build();

    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true) // raw HTML in the source is shown as text, never interpreted
            .sanitizeUrls(true) // first line of defence against javascript: links; the safelist is the second
            .nodeRendererFactory(FlatteningRenderer::new)
            .build();

    private static final Safelist SAFELIST = new Safelist()
            .addTags("p", "br", "em", "strong", "ul", "ol", "li", "blockquote", "code", "pre", "a")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https", "mailto");

    private static final Cleaner CLEANER = new Cleaner(SAFELIST);

    /**
     * Block quotes and lists nest at most this deep, and any Markdown at most {@link #MAX_DEPTH}: the renderer
     * walks the tree by recursion, so thousands of levels ('> > > …') would overflow its stack. Nobody writes
     * deeper than this on purpose.
     */
    public static final int MAX_NESTING = 10;
    static final int MAX_DEPTH = 4 * MAX_NESTING;

    /** What a writer is told when their text nests deeper, kind and saying how to fix it, in the language spoken. */
    public static String tooDeepMessage() {
        return tooDeep(Messages.now(IntakeMsg.class));
    }

    /** The same in {@code words}' language. */
    static String tooDeep(IntakeMsg words) {
        return words.tooDeep(String.valueOf(MAX_NESTING));
    }

    private Markdown() {
    }

    /**
     * Whether a post's text nests too deeply to be rendered ({@link #MAX_NESTING}): a pass over the characters
     * first, then the parsed tree (commonmark parses without recursion; only rendering recurses).
     */
    public static boolean tooDeep(String source) {
        return source != null
                && (Nesting.firstDeepLine(source) > 0 || Nesting.firstDeepNode(PARSER.parse(source)) != null);
    }

    /**
     * Renders a post body: paragraphs, emphasis, lists, block quotes, links, code; raw HTML shown as text;
     * images become their alt text; headings become paragraphs (strong). Output sanitised.
     */
    public static String renderPost(String source) {
        if (source == null || source.isBlank()) {
            return "";
        }
        if (Nesting.firstDeepLine(source) > 0) {
            return asText(source); // refused when posted (tooDeep); never rendered as a tree
        }
        Node document = PARSER.parse(source);
        return Nesting.firstDeepNode(document) != null ? asText(source) : sanitize(RENDERER.render(document));
    }

    /**
     * Sanitises HTML produced by our commonmark renderer with an allow-list (jsoup Safelist): p, br, em, strong,
     * ul, ol, li, blockquote, code, pre, a[href] with http/https/mailto only; every link gets
     * rel="nofollow ugc noopener"; no other attributes.
     */
    public static String sanitize(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        Document clean = CLEANER.clean(Jsoup.parseBodyFragment(html));
        // A link whose URL was refused (unsafe scheme or relative) would be a dead anchor: keep only its text.
        clean.select("a:not([href])").unwrap();
        clean.select("a").attr("rel", LINK_REL);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    private static String asText(String source) {
        return "<p>" + Entities.escape(source) + "</p>";
    }

    /** Word count of a post's source text (whitespace-separated tokens of the rendered text). */
    public static int wordCount(String source) {
        return wordCountOfHtml(renderPost(source));
    }

    /**
     * Word count of rendered HTML; jsoup's text() separates block elements, so paragraphs don't merge. A post
     * counts its words from the HTML it has just rendered, rather than rendering its source a second time.
     */
    public static int wordCountOfHtml(String html) {
        String text = Jsoup.parseBodyFragment(html).text().strip();
        return text.isEmpty() ? 0 : text.split("\\s+").length;
    }

    /** Renders already-parsed top-level blocks (an article section body) with the shared rules, sanitised. */
    static String renderBlocks(List<Node> blocks) {
        StringBuilder html = new StringBuilder();
        for (Node block : blocks) {
            RENDERER.render(block, html);
        }
        return sanitize(html.toString());
    }

    /**
     * Plain text of a node: only Text and Code literals, line breaks as spaces, whitespace collapsed. Inline HTML
     * is dropped and emphasis or link markup contributes only its text.
     */
    static String plainText(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {

            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                text.append(' ');
            }
        });
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    /**
     * Images would let a post load third-party content (tracking, layout breakage), and headings would let a
     * post shout over the page structure, so both are flattened to inline text.
     */
    private static final class FlatteningRenderer implements NodeRenderer {

        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        FlatteningRenderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Heading.class, Image.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof Image) {
                html.text(plainText(node)); // the image's children are its alt text
                return;
            }
            html.line();
            html.tag("p");
            html.tag("strong");
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
            html.tag("/strong");
            html.tag("/p");
            html.line();
        }
    }
}
