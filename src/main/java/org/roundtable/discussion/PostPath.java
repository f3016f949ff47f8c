package org.roundtable.discussion;

import org.jboss.resteasy.reactive.RestPath;

/** Where a post is: the ids in the path of every route that acts on one post. */
public class PostPath {

    @RestPath
    public long classId;

    @RestPath
    public long discussionId;

    @RestPath
    public long postId;
}
