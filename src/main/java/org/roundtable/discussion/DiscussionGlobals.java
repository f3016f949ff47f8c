package org.roundtable.discussion;

import java.util.List;

import org.roundtable.classroom.MuteLabels;

import io.quarkus.qute.TemplateGlobal;

/** What every discussion and moderation form states. */
@TemplateGlobal
public class DiscussionGlobals {

    static int maxPostLength = Post.MAX_LENGTH;

    /** The longest "what changed your mind?" line. */
    static int maxStanceReason = StanceChange.MAX_REASON;

    /** The pause lengths a teacher is offered wherever they can pause a student. */
    static List<Integer> muteMinutes = MuteLabels.MUTE_MINUTES;
}
