package org.roundtable.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ThreadBuilderTest {

    static final long ME = 1, ANA = 2, BEN = 3;
    static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    final List<PostRow> rows = new ArrayList<>();

    PostRow add(long id, Long parent, long root, long author, PostStatus status, int minute) {
        PostRow row = new PostRow(id, parent, root, author, author == ANA ? "Ana" : author == BEN ? "Ben" : "Me",
                false, "Pseudo" + author, false, "<p>" + id + "</p>", null, null, status, false, false, null,
                T0.plusSeconds(minute * 60L), null, 0, 1, 0);
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
}
