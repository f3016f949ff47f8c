package org.roundtable.web;

import org.roundtable.account.Viewer;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The signed-in person as the layout shows them: {@code {inject:me.name}}. */
@Named("me")
@RequestScoped
public class Me {

    @Inject
    SecurityIdentity identity;

    public Viewer viewer() {
        return Viewer.of(identity);
    }

    public boolean signedIn() {
        return viewer() != null;
    }

    public boolean teacher() {
        Viewer viewer = viewer();
        return viewer != null && viewer.isTeacher();
    }

    public String name() {
        Viewer viewer = viewer();
        return viewer == null ? "" : viewer.displayName();
    }
}
