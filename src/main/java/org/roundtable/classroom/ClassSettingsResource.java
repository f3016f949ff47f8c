package org.roundtable.classroom;

import java.net.URI;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.roundtable.account.AccountPaths;
import org.roundtable.account.Roles;
import org.roundtable.language.Messages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A class's settings, join code, join sheet, archiving and deletion. */
@Path("/teach/classes/{classId}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.TEACHER)
@Transactional
public class ClassSettingsResource {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance settings(Classroom classroom, ClassForm form, Map<String, String> errors,
                boolean saved);

        static native TemplateInstance sheet(Classroom classroom, String joinUrl, String siteUrl);

        static native TemplateInstance delete(Classroom classroom, long students, String typed,
                Map<String, String> errors);
    }

    private final ClassPages pages;
    private final ClassDeletion deletion;
    private final String publicUrl;

    ClassSettingsResource(ClassPages pages, ClassDeletion deletion,
            @ConfigProperty(name = "roundtable.public-url") String publicUrl) {
        this.pages = pages;
        this.deletion = deletion;
        this.publicUrl = publicUrl;
    }

    @GET
    @Path("settings")
    public TemplateInstance settingsForm(@RestPath long classId, @RestQuery String saved) {
        Classroom classroom = pages.owned(classId);
        return Templates.settings(classroom, ClassForm.of(classroom), Map.of(), saved != null);
    }

    @POST
    @Path("settings")
    public Response saveSettings(@RestPath long classId, @BeanParam ClassForm form) {
        Classroom classroom = pages.owned(classId);
        Map<String, String> errors = form.validate();
        if (!errors.isEmpty()) {
            return Response.status(400).entity(Templates.settings(classroom, form, errors, false)).build();
        }
        form.applyTo(classroom);
        pages.tell(new ClassSettingsChanged(classId)); // open streams follow the new settings
        return seeOther(ClassroomPaths.action(classroom, "settings") + "?saved=1");
    }

    @POST
    @Path("code")
    public Response newCode(@RestPath long classId) {
        Classroom classroom = pages.owned(classId);
        classroom.joinCode = JoinCodes.newUniqueJoinCode();
        return seeOther(ClassroomPaths.teachHome(classroom) + "#join-code");
    }

    @POST
    @Path("archive")
    public Response archive(@RestPath long classId) {
        return archived(pages.owned(classId), true);
    }

    @POST
    @Path("unarchive")
    public Response unarchive(@RestPath long classId) {
        return archived(pages.owned(classId), false);
    }

    private static Response archived(Classroom classroom, boolean archived) {
        classroom.archived = archived;
        return seeOther(ClassroomPaths.teachHome(classroom));
    }

    @GET
    @Path("sheet")
    public TemplateInstance sheet(@RestPath long classId) {
        Classroom classroom = pages.owned(classId);
        return Templates.sheet(classroom, ClassroomPaths.joinUrl(publicUrl, classroom),
                publicUrl + ClassroomPaths.JOIN);
    }

    @GET
    @Path("delete")
    public TemplateInstance deleteForm(@RestPath long classId) {
        return deletePage(pages.owned(classId), "", Map.of());
    }

    /** Deleting needs the class's name typed back: it removes every post and student in it. */
    @POST
    @Path("delete")
    public Response delete(@RestPath long classId, @RestForm String confirmName) {
        Classroom classroom = pages.owned(classId);
        if (confirmName == null || !confirmName.strip().equals(classroom.name)) {
            return Response.status(400).entity(deletePage(classroom, confirmName == null ? "" : confirmName,
                    Map.of("confirmName", Messages.now(ClassSettingsMsg.class).confirmNameError()))).build();
        }
        deletion.delete(classroom);
        return seeOther(AccountPaths.TEACHER_HOME + "?deleted=1");
    }

    private static TemplateInstance deletePage(Classroom classroom, String typed, Map<String, String> errors) {
        return Templates.delete(classroom, Enrollment.count("classroom", classroom), typed, errors);
    }

    private static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
