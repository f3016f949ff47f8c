package org.roundtable.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

@io.quarkus.test.junit.QuarkusTest
class ThreadBuilderTest {

    static final long ME = 1, ANA = 2, BEN = 3;
    static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    final List<PostRow> rows = new ArrayList<>();

    /** A post as stored; any post not waiting was published when written. */
    PostRow add(long id, Long parent, long root, long author, PostStatus status, int minute) {
        return add(id, parent, root, author, status, minute, status == PostStatus.PENDING ? null : T0, null);
    }

    PostRow add(long id, Long parent, long root, long author, PostStatus status, int minute, Instant publishedAt,
            String approvedBodyHtml) {
        PostRow row = new PostRow(id, parent, root, author, author == ANA ? "Ana" : author == BEN ? "Ben" : "Me",
                false, "Pseudo" + author, false, "<p>" + id + "</p>", null, null, status, false, false, null,
                T0.plusSeconds(minute * 60L), null, 0, 1, 0, approvedBodyHtml, publishedAt, 0);
        rows.add(row);
        return row;
    }

    static ThreadBuilder.Viewing student(boolean seesClassmates) {
        return new ThreadBuilder.Viewing(ME, false, seesClassmates, false);
    }

    List<Long> ids(List<ThreadEntry> entries) {
        return entries.stream().map(ThreadEntry::id).toList();
    }

    @Test
    void repliesFollowTheirParentOldestFirstWithGrowingDepth() {
        add(1, null, 1, ANA, PostStatus.PUBLISHED, 0);
        add(3, 1L, 1, BEN, PostStatus.PUBLISHED, 5);
        add(2, 1L, 1, ME, PostStatus.PUBLISHED, 2);
        add(4, 2L, 1, ANA, PostStatus.PUBLISHED, 6);
        List<ThreadEntry> entries = ThreadBuilder.build(student(true), rows, List.of(1L));
        assertEquals(List.of(1L, 2L, 4L, 3L), ids(entries));
        assertEquals(List.of(0, 1, 2, 1), entries.stream().map(ThreadEntry::depth).toList());
        assertNull(entries.get(0).replyingTo());
        assertEquals("Me", entries.get(2).replyingTo());
    }

    @Test
    void depthIsCappedAtThreeAndCappedRepliesNameTheirParent() {
        long parent = 1;
        add(1, null, 1, ANA, PostStatus.PUBLISHED, 0);
        for (long id = 2; id <= 6; id++) {
            add(id, parent, 1, id % 2 == 0 ? BEN : ANA, PostStatus.PUBLISHED, (int) id);
            parent = id;
        }
        List<ThreadEntry> entries = ThreadBuilder.build(student(true), rows, List.of(1L));
        assertEquals(List.of(0, 1, 2, 3, 3, 3), entries.stream().map(ThreadEntry::depth).toList());
        assertFalse(entries.get(3).capped());
        assertTrue(entries.get(4).capped());
        assertEquals("Ben", entries.get(4).replyingTo());
        assertEquals(ThreadBuilder.MAX_DEPTH, 3);
    }

    @Test
    void rootsKeepTheGivenOrder() {
        add(1, null, 1, ANA, PostStatus.PUBLISHED, 0);
        add(2, null, 2, BEN, PostStatus.PUBLISHED, 1);
        assertEquals(List.of(2L, 1L), ids(ThreadBuilder.build(student(true), rows, List.of(2L, 1L))));
    }

    @Test
    void aDeletedPostWithVisibleRepliesBecomesAPlaceholderAndWithoutRepliesDisappears() {
        add(1, null, 1, ANA, PostStatus.DELETED, 0);
        add(2, 1L, 1, BEN, PostStatus.PUBLISHED, 1);
        add(3, null, 3, BEN, PostStatus.DELETED, 2);
        List<ThreadEntry> entries = ThreadBuilder.build(student(true), rows, List.of(1L, 3L));
        assertEquals(List.of(1L, 2L), ids(entries));
        assertEquals("Deleted post", entries.get(0).placeholderText());
        assertNull(entries.get(0).name(), "a placeholder reveals no author");
        assertEquals("deleted post", entries.get(1).replyingTo());
    }

    @Test
    void pendingAndHiddenPostsShowOnlyToTheirAuthorAndTheTeacher() {
        add(1, null, 1, ANA, PostStatus.PENDING, 0);
        add(2, null, 2, ME, PostStatus.PENDING, 1);
        add(3, null, 3, BEN, PostStatus.HIDDEN, 2);
        assertEquals(List.of(2L), ids(ThreadBuilder.build(student(true), rows, List.of(1L, 2L, 3L))));
        ThreadBuilder.Viewing teacher = new ThreadBuilder.Viewing(99, true, true, false);
        assertEquals(List.of(1L, 2L, 3L), ids(ThreadBuilder.build(teacher, rows, List.of(1L, 2L, 3L))));
    }

    @Test
    void postFirstHidesClassmatesButNotOneself() {
        add(1, null, 1, ANA, PostStatus.PUBLISHED, 0);
        add(2, null, 2, ME, PostStatus.PUBLISHED, 1);
        assertEquals(List.of(2L), ids(ThreadBuilder.build(student(false), rows, List.of(1L, 2L))));
    }

    @Test
    void aHiddenReplyHoldingAVisibleOneIsAPlaceholder() {
        add(1, null, 1, ANA, PostStatus.PUBLISHED, 0);
        add(2, 1L, 1, BEN, PostStatus.HIDDEN, 1);
        add(3, 2L, 1, ANA, PostStatus.PUBLISHED, 2);
        List<ThreadEntry> entries = ThreadBuilder.build(student(true), rows, List.of(1L));
        assertEquals(List.of(1L, 2L, 3L), ids(entries));
        assertEquals("Hidden post", entries.get(1).placeholderText());
    }

    @Test
    void anonymousClassesShowPseudonymsToClassmatesOnly() {
        add(1, null, 1, ANA, PostStatus.PUBLISHED, 0);
        add(2, null, 2, ME, PostStatus.PUBLISHED, 1);
        ThreadBuilder.Viewing anonymous = new ThreadBuilder.Viewing(ME, false, true, true);
        List<ThreadEntry> entries = ThreadBuilder.build(anonymous, rows, List.of(1L, 2L));
        assertEquals("Pseudo" + ANA, entries.get(0).name());
        assertEquals("Me", entries.get(1).name(), "you see your own name");
        ThreadBuilder.Viewing teacher = new ThreadBuilder.Viewing(99, true, true, true);
        assertEquals("Ana", ThreadBuilder.build(teacher, rows, List.of(1L)).get(0).name());
    }

    @Test
    void aReplyChainFiveThousandDeepIsFlattenedInOrderWithoutRecursion() throws Exception {
        add(1, null, 1, ANA, PostStatus.PUBLISHED, 0);
        for (long id = 2; id <= 5000; id++) {
            add(id, id - 1, 1, id % 2 == 0 ? BEN : ANA, PostStatus.PUBLISHED, 1);
        }
        add(5001, 1L, 1, ME, PostStatus.PUBLISHED, 2); // a later reply to the answer comes after the whole chain
        List<ThreadEntry> entries = ThreadBuilder.build(student(true), rows, List.of(1L));
        assertEquals(5001, entries.size());
        for (int i = 0; i < 5000; i++) {
            assertEquals(i + 1, entries.get(i).id());
            assertEquals(Math.min(i, ThreadBuilder.MAX_DEPTH), entries.get(i).depth());
        }
        assertEquals(5001L, entries.get(5000).id());
        assertEquals("Ana", entries.get(4999).replyingTo());
    }

    @Test
    void aDeletedChainFiveThousandDeepAboveOneVisibleReplyKeepsEveryPlaceholder() {
        add(1, null, 1, ANA, PostStatus.DELETED, 0);
        for (long id = 2; id <= 5000; id++) {
            add(id, id - 1, 1, BEN, PostStatus.DELETED, 1);
        }
        add(5001, 5000L, 1, ANA, PostStatus.PUBLISHED, 2);
        List<ThreadEntry> entries = ThreadBuilder.build(student(true), rows, List.of(1L));
        assertEquals(5001, entries.size());
        assertTrue(entries.subList(0, 5000).stream().allMatch(ThreadEntry::isPlaceholder));
    }

    @Test
    void aPostNeverPublishedLeavesClassmatesNoPlaceholderOnThePageOrLive() {
        add(1, null, 1, ANA, PostStatus.DELETED, 0, null, null); // waited, then its author deleted it
        add(2, 1L, 1, 99, PostStatus.PUBLISHED, 1); // the teacher answered it meanwhile
        add(3, null, 3, BEN, PostStatus.HIDDEN, 2, null, null); // waited, then hidden
        add(4, null, 4, BEN, PostStatus.DELETED, 3, T0, null); // published, then deleted
        add(5, 4L, 4, ANA, PostStatus.PUBLISHED, 4);
        assertEquals(List.of(4L, 5L), ids(ThreadBuilder.build(student(true), rows, List.of(1L, 3L, 4L))));
        assertNull(ThreadBuilder.single(student(true), rows.get(0), null));
        assertNull(ThreadBuilder.single(student(true), rows.get(1), rows.get(0)), "nor what hangs from it");
        assertNull(ThreadBuilder.single(student(true), rows.get(2), null));
        assertEquals("Deleted post", ThreadBuilder.single(student(true), rows.get(3), null).placeholderText());
        ThreadBuilder.Viewing teacher = new ThreadBuilder.Viewing(99, true, true, false);
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), ids(ThreadBuilder.build(teacher, rows, List.of(1L, 3L, 4L))));
    }

    @Test
    void classmatesSeeTheApprovedTextWhileAnEditWaitsAndTheAuthorSeesTheEdit() {
        add(1, null, 1, ANA, PostStatus.PUBLISHED, 0, T0, "<p>approved</p>");
        assertEquals("<p>approved</p>", ThreadBuilder.build(student(true), rows, List.of(1L)).get(0).bodyHtml());
        assertEquals("<p>approved</p>", ThreadBuilder.single(student(true), rows.get(0), null).bodyHtml(), "live too");
        ThreadBuilder.Viewing author = new ThreadBuilder.Viewing(ANA, false, true, false);
        assertEquals("<p>1</p>", ThreadBuilder.build(author, rows, List.of(1L)).get(0).bodyHtml());
        ThreadBuilder.Viewing teacher = new ThreadBuilder.Viewing(99, true, true, false);
        assertEquals("<p>1</p>", ThreadBuilder.single(teacher, rows.get(0), null).bodyHtml());
    }

    @Test
    void aLiveReplyUnderAReplyAtTheDisplayDepthIsCapped() {
        PostRow parent = new PostRow(7, 6L, 1, ANA, "Ana", false, null, false, "<p>7</p>", null, null,
                PostStatus.PUBLISHED,
                false, false, null, T0, null, 0, 1, ThreadBuilder.MAX_DEPTH, null, T0, 0);
        PostRow reply = new PostRow(8, 7L, 1, BEN, "Ben", false, null, false, "<p>8</p>", null, null,
                PostStatus.PUBLISHED,
                false, false, null, T0, null, 0, 1, ThreadBuilder.MAX_DEPTH, null, T0, 0);
        ThreadEntry entry = ThreadBuilder.single(student(true), reply, parent);
        assertTrue(entry.capped());
        assertEquals("Ana", entry.replyingTo());
        assertEquals(ThreadBuilder.MAX_DEPTH, entry.depth());
    }
}
