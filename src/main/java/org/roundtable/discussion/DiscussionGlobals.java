package org.roundtable.discussion;

import io.quarkus.qute.TemplateGlobal;

/** What every discussion form states. */
@TemplateGlobal
public class DiscussionGlobals {

    static int maxPostLength = Post.MAX_LENGTH;
}
