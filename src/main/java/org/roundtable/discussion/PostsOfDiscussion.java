package org.roundtable.discussion;

import org.roundtable.classroom.DiscussionPosts;

import jakarta.enterprise.context.ApplicationScoped;

/** Whether a discussion has posts, asked by the classroom package before it removes a teacher's own question. */
@ApplicationScoped
public class PostsOfDiscussion implements DiscussionPosts {

    @Override
    public boolean any(long discussionId) {
        return Post.count("discussion.id", discussionId) > 0;
    }
}
