package org.roundtable.classroom;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.roundtable.account.Account;
import org.roundtable.account.SessionCookie;
import org.roundtable.account.Throttle;
import org.roundtable.account.UserSession;
import org.roundtable.account.Viewer;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/**
 * How students get in: join a class with its code and a display name, or come back
 * on another device with code, name and their personal return code.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class JoinResource {

    /** Carries the new return code to the welcome page once, without storing it. */
    static final String REVEAL_COOKIE = "rt_reveal";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance join(String code, String name, Map<String, String> errors);

        static native TemplateInstance welcome(Classroom classroom, String displayName, String returnCode);

        static native TemplateInstance comeBack(String code, String name, Map<String, String> errors);
    }

    private final SecurityIdentity identity;
    private final SessionCookie sessionCookie;
    private final Throttle throttle;

    JoinResource(SecurityIdentity identity, SessionCookie sessionCookie, Throttle throttle) {
        this.identity = identity;
        this.sessionCookie = sessionCookie;
        this.throttle = throttle;
    }

    /** 429 with Retry-After and the form as typed, or null when the attempt may go ahead. */
    private static Response tooMany(Duration wait, String field, Map<String, String> errors,
            java.util.function.Function<Map<String, String>, TemplateInstance> page) {
        if (wait.isZero()) {
            return null;
        }
        errors.put(field, "Too many attempts from here. Wait " + Throttle.inWords(wait)
                + ", or ask your teacher for help.");
        return Response.status(429).header(HttpHeaders.RETRY_AFTER, Throttle.seconds(wait))
                .entity(page.apply(errors)).build();
    }

    @GET
    @Path("join")
    public TemplateInstance joinForm(@RestQuery String code) {
        return Templates.join(code == null ? "" : JoinCodes.normalize(code), "", Map.of());
    }

    @POST
    @Path("join")
    @Transactional
    public Response join(@RestForm String code, @RestForm String name, @Context HttpServerRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        Response throttled = tooMany(throttle.waitFor(Throttle.JOIN_ADDRESS, Throttle.address(request)), "code", errors,
                e -> Templates.join(nullToEmpty(code), nullToEmpty(name), e));
        if (throttled != null) {
            return throttled;
        }
        Classroom classroom = findClass(code, errors);
        if (classroom == null && !JoinCodes.normalize(code).isEmpty()) {
            throttle.failed(Throttle.JOIN_ADDRESS, Throttle.address(request));
        }
        String displayName = DisplayNames.clean(name);
        if (displayName == null) {
            errors.put("name", DisplayNames.problem(name));
        }
        Viewer viewer = Viewer.of(identity);
        if (viewer != null && viewer.isTeacher()) {
            errors.put("code", "You are signed in as a teacher. Sign out first to join as a student.");
        }
        if (classroom != null && viewer != null && viewer.isStudent()
                && Enrollment.findFor(classroom.id, viewer.accountId()) != null) {
            return seeOther("/classes/" + classroom.id);
        }
        if (classroom != null && displayName != null && Enrollment.findByName(classroom, displayName) != null) {
            errors.put("name", DisplayNames.TAKEN);
        }
        if (!errors.isEmpty()) {
            return Response.status(400).entity(Templates.join(nullToEmpty(code), nullToEmpty(name), errors)).build();
        }

        // A student already signed in on this device keeps one account across classes.
        Account account = viewer != null ? Account.findById(viewer.accountId()) : Account.newStudent(displayName);
        String returnCode = JoinCodes.newReturnCode();
        enroll(classroom, account, displayName, returnCode);

        Response.ResponseBuilder response = seeOtherBuilder("/welcome/" + classroom.id)
                .cookie(revealCookie(classroom, returnCode, 15 * 60));
        if (viewer == null) {
            response.cookie(sessionCookie.issue(UserSession.open(account)));
        }
        return response.build();
    }

    @GET
    @Path("welcome/{id}")
    public Response welcome(@PathParam("id") long id, @CookieParam(REVEAL_COOKIE) String returnCode) {
        Viewer viewer = Viewer.of(identity);
        Classroom classroom = Classroom.findById(id);
        if (classroom == null || viewer == null) {
            throw new NotFoundException();
        }
        Enrollment enrollment = Enrollment.findFor(id, viewer.accountId());
        if (enrollment == null) {
            throw new NotFoundException();
        }
        boolean wellFormed = returnCode != null && returnCode.matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
        return Response.ok(Templates.welcome(classroom, enrollment.displayName, wellFormed ? returnCode : null))
                .cookie(revealCookie(classroom, "", 0))
                .build();
    }

    @GET
    @Path("return")
    public TemplateInstance comeBackForm(@RestQuery String code) {
        return Templates.comeBack(code == null ? "" : JoinCodes.normalize(code), "", Map.of());
    }

    @POST
    @Path("return")
    @Transactional
    public Response comeBack(@RestForm String code, @RestForm String name, @RestForm("returnCode") String returnCode,
            @Context HttpServerRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        String nameKey = JoinCodes.normalize(code) + ":" + Enrollment.nameKey(DisplayNames.normalize(name));
        Duration wait = throttle.waitFor(Throttle.RETURN_NAME, nameKey, Throttle.RETURN_ADDRESS,
                Throttle.address(request));
        Response throttled = tooMany(wait, "returnCode", errors,
                e -> Templates.comeBack(nullToEmpty(code), nullToEmpty(name), e));
        if (throttled != null) {
            return throttled;
        }
        Classroom classroom = findClass(code, errors);
        Enrollment enrollment = null;
        if (classroom != null) {
            // As typed: a name stored before today's rules may not pass them, and still finds its student.
            enrollment = Enrollment.findByName(classroom, name == null ? "" : name);
            String typed = JoinCodes.normalize(returnCode);
            String formatted = typed.length() == JoinCodes.RETURN_CODE_LENGTH
                    ? typed.substring(0, 4) + "-" + typed.substring(4)
                    : typed;
            if (enrollment == null || !BcryptUtil.matches(formatted, enrollment.returnCodeHash)) {
                // One message whichever part is wrong, so the form does not confirm who is in a class.
                errors.put("returnCode", "Those details do not match. Check your display name exactly as you "
                        + "joined and your return code, or ask your teacher for a new return code.");
                throttle.failed(Throttle.RETURN_NAME, nameKey);
                throttle.failed(Throttle.RETURN_ADDRESS, Throttle.address(request));
            }
        }
        if (!errors.isEmpty()) {
            return Response.status(400).entity(Templates.comeBack(nullToEmpty(code), nullToEmpty(name), errors)).build();
        }
        enrollment.lastActiveAt = Instant.now();
        return seeOtherBuilder("/classes/" + classroom.id)
                .cookie(sessionCookie.issue(UserSession.open(enrollment.account)))
                .build();
    }

    static void enroll(Classroom classroom, Account account, String displayName, String returnCode) {
        Enrollment enrollment = new Enrollment();
        enrollment.classroom = classroom;
        enrollment.account = account;
        enrollment.displayName = displayName;
        enrollment.nameKey = Enrollment.nameKey(displayName);
        enrollment.pseudonym = Pseudonyms.pick(classroom);
        enrollment.returnCodeHash = BcryptUtil.bcryptHash(returnCode);
        enrollment.joinedAt = Instant.now();
        enrollment.lastActiveAt = enrollment.joinedAt;
        enrollment.persist();
    }

    private static Classroom findClass(String typedCode, Map<String, String> errors) {
        String code = JoinCodes.normalize(typedCode);
        if (code.isEmpty()) {
            errors.put("code", "Enter the class code your teacher gave you.");
            return null;
        }
        Classroom classroom = JoinCodes.isWellFormedJoinCode(code) ? Classroom.findByJoinCode(code) : null;
        if (classroom == null) {
            errors.put("code", "No class has that code. Check it with your teacher: codes have 6 letters and digits.");
            return null;
        }
        if (classroom.archived) {
            errors.put("code", "That class is archived and no longer open.");
            return null;
        }
        return classroom;
    }

    private NewCookie revealCookie(Classroom classroom, String value, int maxAge) {
        return sessionCookie.shownOnce(REVEAL_COOKIE, value, "/welcome/" + classroom.id, maxAge);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static Response seeOther(String path) {
        return seeOtherBuilder(path).build();
    }

    private static Response.ResponseBuilder seeOtherBuilder(String path) {
        return Response.seeOther(URI.create(path));
    }
}
