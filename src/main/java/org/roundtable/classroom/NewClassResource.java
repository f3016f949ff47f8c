package org.roundtable.classroom;

import java.net.URI;
import java.time.Clock;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;
import org.roundtable.account.Account;
import org.roundtable.account.AccountPaths;
import org.roundtable.account.Roles;
import org.roundtable.account.Viewer;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Creating a class. */
@Path(AccountPaths.TEACHER_HOME)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.TEACHER)
public class NewClassResource {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance newClass(String name, Map<String, String> errors);
    }

    private final SecurityIdentity identity;
    private final int slowModeSeconds;
    private final Clock clock;

    NewClassResource(SecurityIdentity identity,
            @ConfigProperty(name = "roundtable.slow-mode-seconds") int slowModeSeconds, Clock clock) {
        this.identity = identity;
        this.slowModeSeconds = slowModeSeconds;
        this.clock = clock;
    }

    @GET
    @Path("new-class")
    public TemplateInstance newClassForm() {
        return Templates.newClass("", Map.of());
    }

    @POST
    @Path("classes")
    @Transactional
    public Response create(@RestForm String name) {
        String problem = ClassForm.nameProblem(name);
        if (problem != null) {
            return Response.status(400).entity(Templates.newClass(name == null ? "" : name, Map.of("name", problem)))
                    .build();
        }
        Account teacher = Account.findById(Viewer.of(identity).accountId());
        Classroom classroom = Classroom.create(ClassForm.cleanName(name), JoinCodes.newUniqueJoinCode(), teacher,
                slowModeSeconds, clock.instant());
        return Response.seeOther(URI.create(ClassroomPaths.teachHome(classroom))).build();
    }
}
