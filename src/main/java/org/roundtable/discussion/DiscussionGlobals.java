package org.roundtable.discussion;

import io.quarkus.qute.TemplateGlobal;

/** Choices every discussion form lists. */
@TemplateGlobal
public class DiscussionGlobals {

    static Stance[] stances = Stance.values();

    static int maxPostLength = Post.MAX_LENGTH;
}
