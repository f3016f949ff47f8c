package org.roundtable.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestPath;
import org.jsoup.nodes.Entities;

import io.agroal.api.AgroalDataSource;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Bench build only (./mvnw package -Pbench), never in the product.
 *
 * <p>{@code GET /bench/classes/{c}/discussions/{d}} is the discussion page's work done by hand:
 * the same rows as the page's first page of answers (the 50 oldest published answers and the first
 * replies of each thread, with the author's name in the class) read with one plain JDBC query, and
 * written as escaped HTML with a StringBuilder. It sits behind the same session check as the
 * page, so both pay for the session lookup, and neither for anything else that is shared.
 */
@Path("/bench/classes")
public class BenchResource {

    static final int ANSWERS_PER_PAGE = 50;

    /** Replies each thread shows, as on the page (PostPage.REPLIES_SHOWN). */
    static final int REPLIES_SHOWN = 3;

    /** The page's bounded rows: each thread numbered oldest first (a window function), its first few kept. */
    static final String ROWS = "select p.id, p.parent_id, p.root_id, p.body_html, p.created_at, "
            + "coalesce(e.display_name, a.display_name) from (select q.id, row_number() over (partition by "
            + "q.root_id order by case when q.depth = 0 then 0 else 1 end, q.created_at, q.id) place "
            + "from post q where q.discussion_id = ? and q.status = 'PUBLISHED' and q.root_id in ("
            + "select r.id from post r where r.discussion_id = ? and r.depth = 0 and r.status = 'PUBLISHED' "
            + "order by r.created_at, r.id limit " + ANSWERS_PER_PAGE + ")) w join post p on p.id = w.id "
            + "left join account a on a.id = p.author_id "
            + "left join enrollment e on e.account_id = p.author_id and e.classroom_id = ? "
            + "where w.place <= " + (1 + REPLIES_SHOWN);

    record Row(long id, long parentId, long rootId, String bodyHtml, Timestamp createdAt, String author) {
    }

    private final AgroalDataSource dataSource;

    BenchResource(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @GET
    @Path("{classId}/discussions/{discussionId}")
    @Produces(MediaType.TEXT_HTML)
    @Authenticated
    public String discussion(@RestPath long classId, @RestPath long discussionId) throws SQLException {
        Map<Long, List<Row>> children = new HashMap<>();
        List<Row> answers = new ArrayList<>();
        for (Row row : rows(classId, discussionId)) {
            if (row.parentId() == 0) {
                answers.add(row);
            } else {
                children.computeIfAbsent(row.parentId(), k -> new ArrayList<>()).add(row);
            }
        }
        answers.sort(Comparator.comparing(Row::createdAt).thenComparingLong(Row::id));
        children.values().forEach(list -> list.sort(Comparator.comparingLong(Row::id)));

        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Discussion · Roundtable</title>\n<link rel=\"stylesheet\" href=\"/css/app.css\">\n")
                .append("</head>\n<body>\n<main id=\"main\">\n<section class=\"posts\">\n<ol class=\"thread\">\n");
        for (Row answer : answers) {
            write(html, answer, 0, children, classId, discussionId);
        }
        return html.append("</ol>\n</section>\n</main>\n</body>\n</html>\n").toString();
    }

    /** The page's rows, read with one plain query. */
    private List<Row> rows(long classId, long discussionId) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(ROWS)) {
            query.setLong(1, discussionId);
            query.setLong(2, discussionId);
            query.setLong(3, classId);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getLong(1), result.getLong(2), result.getLong(3), result.getString(4),
                            result.getTimestamp(5), result.getString(6)));
                }
            }
        }
        return rows;
    }

    private static void write(StringBuilder html, Row row, int depth, Map<Long, List<Row>> children, long classId,
            long discussionId) {
        html.append("<li class=\"post depth-").append(Math.min(depth, 3)).append("\" id=\"post-").append(row.id())
                .append("\">\n<article class=\"post-content\">\n<header class=\"post-meta\"><span class=\"author\">");
        html.append(row.author() == null ? "" : Entities.escape(row.author()))
                .append("</span> <time datetime=\"").append(row.createdAt().toInstant()).append("\">")
                .append(row.createdAt().toInstant()).append("</time></header>\n<div class=\"post-body\">")
                .append(row.bodyHtml())   // sanitised when the post was written
                .append("</div>\n<ul class=\"post-actions\"><li><a href=\"/classes/").append(classId)
                .append("/discussions/").append(discussionId).append("?reply=").append(row.id())
                .append("#reply-form\">Reply</a></li></ul>\n</article>\n</li>\n");
        for (Row child : children.getOrDefault(row.id(), List.of())) {
            write(html, child, depth + 1, children, classId, discussionId);
        }
    }
}
