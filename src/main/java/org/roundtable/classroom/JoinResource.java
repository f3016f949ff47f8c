package org.roundtable.classroom;

import java.time.Clock;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.roundtable.account.DeviceCookie;
import org.roundtable.account.DeviceCookie.Device;
import org.roundtable.account.Passwords;
import org.roundtable.account.SessionCookie;
import org.roundtable.account.Throttle;
import org.roundtable.account.UserSession;
import org.roundtable.account.Viewer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/**
 * How students get in: join a class with its code and a display name, or come back
 * on another device with code, name and their personal return code. Neither is one
 * transaction: each step (count the attempt, look up, hash, write) takes a connection
 * briefly and gives it back, and no hashing happens while one is held.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class JoinResource {

    /** Carries the new return code to the welcome page once, without storing it. */
    static final String REVEAL_COOKIE = "rt_reveal";
    /** {@code joinAs} on the "you are signed in as…" question: add the class to that account. */
    static final String AS_CURRENT = "current";
    /** {@code joinAs}: sign whoever is signed in out first, and join as a new student. */
    static final String AS_NEW = "new";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance join(String code, String name, Map<String, String> errors);

        static native TemplateInstance signedIn(Classroom classroom, String code, String name, String signedInAs,
                Enrollment mine, boolean canJoinAsThem);

        static native TemplateInstance welcome(Classroom classroom, Enrollment enrollment, String returnCode);

        static native TemplateInstance comeBack(String code, String name, Map<String, String> errors);
    }

    private final SecurityIdentity identity;
    private final SessionCookie sessionCookie;
    private final DeviceCookie devices;
    private final Throttle throttle;

    private final Clock clock;

    JoinResource(SecurityIdentity identity, SessionCookie sessionCookie, DeviceCookie devices, Throttle throttle, Clock clock) {
        this.clock = clock;
        this.identity = identity;
        this.sessionCookie = sessionCookie;
        this.devices = devices;
        this.throttle = throttle;
    }

    @GET
    @Path("join")
    public Response joinForm(@RestQuery String code, @Context HttpHeaders headers) {
        TemplateInstance page = Templates.join(code == null ? "" : JoinCodes.normalize(code), "", Map.of());
        return devices.of(headers).remember(Response.ok(page)).build();
    }

    @POST
    @Path("join")
    public Response join(@RestForm String code, @RestForm String name, @RestForm String joinAs,
            @Context HttpServerRequest request, @Context HttpHeaders headers) {
        Device device = devices.of(headers);
        String address = Throttle.address(request);
        Viewer viewer = Viewer.of(identity);
        Map<String, String> errors = new LinkedHashMap<>();
        Function<Map<String, String>, TemplateInstance> form = e -> Templates.join(orEmpty(code), orEmpty(name), e);
        String displayName = DisplayNames.clean(name);
        JoinTarget target = lookUp(code, displayName, viewer, device, address, errors);
        if (target.refused()) {
            return tooMany(target.retryAfter(), "code", "Too many attempts from here.", errors, form, device);
        }
        Classroom classroom = target.classroom();
        if (target.alreadyIn(displayName)) {
            return device.remember(seeOther("/classes/" + classroom.id)).build();
        }
        if (displayName == null) {
            errors.put("name", DisplayNames.problem(name));
        }
        if (classroom != null && classroom.joiningClosedReason() != null) {
            errors.put("code", classroom.joiningClosedReason());
        } else if (target.nameTaken()) {
            errors.put("name", DisplayNames.TAKEN);
        }
        if (!errors.isEmpty()) {
            return device.remember(Response.status(400).entity(form.apply(errors))).build();
        }
        boolean asNew = viewer == null || AS_NEW.equals(joinAs);
        boolean canJoinAsThem = viewer != null && viewer.isStudent() && target.mine() == null;
        if (!asNew && !(canJoinAsThem && AS_CURRENT.equals(joinAs))) {
            // A shared computer: whoever is signed in may not be the one joining.
            return Response.ok(Templates.signedIn(classroom, orEmpty(code), orEmpty(name), viewer.displayName(),
                    target.mine(), canJoinAsThem)).build();
        }
        return enroll(classroom, displayName, asNew ? null : viewer, device, address, headers, form);
    }

    private Response enroll(Classroom classroom, String displayName, Viewer joiningAs, Device device, String address,
            HttpHeaders headers, Function<Map<String, String>, TemplateInstance> form) {
        Map<String, String> errors = new LinkedHashMap<>();
        Throttle.Attempt joins = throttle.attempt(Throttle.key(Throttle.JOINS_DEVICE, device.key()),
                Throttle.key(Throttle.JOINS_ADDRESS, address));
        if (joins.refused()) {
            return tooMany(joins.retryAfter(), "code", "Many students have joined from this device just now.", errors, form,
                    device);
        }
        String returnCode = JoinCodes.newReturnCode();
        String hash = Passwords.hash(returnCode);
        String previous = joiningAs == null ? sessionCookie.tokenIn(headers) : null;
        Long accountId = joiningAs == null ? null : joiningAs.accountId();
        String token = QuarkusTransaction.requiringNew().call(
                () -> Enrolling.enroll(classroom.id, accountId, displayName, hash, previous, clock.instant()));
        if (token == null) {
            throttle.forgive(joins);
            errors.put("name", DisplayNames.TAKEN);
            return device.remember(Response.status(400).entity(form.apply(errors))).build();
        }
        Response.ResponseBuilder response = seeOther("/welcome/" + classroom.id)
                .cookie(revealCookie(classroom, returnCode, 15 * 60));
        if (joiningAs == null) {
            response.cookie(sessionCookie.issue(token));
        }
        if (previous != null) {
            // Someone else was signed in here: their drafts go with them.
            response.header("Clear-Site-Data", "\"storage\"");
        }
        return device.remember(response).build();
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
        return Response.ok(Templates.welcome(classroom, enrollment, wellFormed ? returnCode : null))
                .cookie(revealCookie(classroom, "", 0))
                .build();
    }

    @GET
    @Path("return")
    public Response comeBackForm(@RestQuery String code, @Context HttpHeaders headers) {
        TemplateInstance page = Templates.comeBack(code == null ? "" : JoinCodes.normalize(code), "", Map.of());
        return devices.of(headers).remember(Response.ok(page)).build();
    }

    /**
     * Wrong class codes count under the same limits as on joining. Whether or not the name is
     * in the class, one bcrypt check runs (against a dummy hash if need be), so the time taken
     * does not tell who is enrolled.
     */
    @POST
    @Path("return")
    public Response comeBack(@RestForm String code, @RestForm String name, @RestForm("returnCode") String returnCode,
            @Context HttpServerRequest request, @Context HttpHeaders headers) {
        Device device = devices.of(headers);
        String address = Throttle.address(request);
        Map<String, String> errors = new LinkedHashMap<>();
        Function<Map<String, String>, TemplateInstance> form = e -> Templates.comeBack(orEmpty(code), orEmpty(name), e);
        // As typed: a name stored before today's rules may not pass them, and still finds its student.
        JoinTarget target = lookUp(code, orEmpty(name), null, device, address, errors);
        if (target.refused() || target.classroom() == null) {
            return target.refused() ? tooMany(target.retryAfter(), "code", "Too many attempts from here.", errors, form, device)
                    : device.remember(Response.status(400).entity(form.apply(errors))).build();
        }
        Classroom classroom = target.classroom();
        if (classroom.archived) {
            errors.put("code", classroom.joiningClosedReason());
            return device.remember(Response.status(400).entity(form.apply(errors))).build();
        }
        String nameKey = classroom.joinCode + ":" + Enrollment.nameKey(DisplayNames.normalize(name));
        Throttle.Attempt attempt = throttle.attempt(Throttle.key(Throttle.RETURN_NAME, nameKey),
                Throttle.key(Throttle.RETURN_ADDRESS, address));
        if (attempt.refused()) {
            return tooMany(attempt.retryAfter(), "returnCode", "Too many attempts from here.", errors, form, device);
        }
        Enrollment named = target.named();
        if (!Passwords.matches(JoinCodes.formatReturnCode(returnCode), named == null ? null : named.returnCodeHash)) {
            // One message whichever part is wrong, so the form does not confirm who is in a class.
            errors.put("returnCode", "Those details do not match. Check your display name exactly as you "
                    + "joined and your return code, or ask your teacher for a new return code.");
            return device.remember(Response.status(400).entity(form.apply(errors))).build();
        }
        throttle.forgive(attempt);
        String previous = sessionCookie.tokenIn(headers);
        String token = QuarkusTransaction.requiringNew().call(() -> Enrolling.comeBack(named.id, previous, clock.instant()));
        return device.remember(seeOther("/classes/" + classroom.id).cookie(sessionCookie.issue(token))).build();
    }

    /** The class behind a typed code; the lookup counts as a guess until the code turns out right. */
    private JoinTarget lookUp(String typedCode, String displayName, Viewer viewer, Device device, String address,
            Map<String, String> errors) {
        String code = JoinCodes.normalize(typedCode);
        if (code.isEmpty()) {
            errors.put("code", "Enter the class code your teacher gave you.");
            return JoinTarget.NONE;
        }
        Throttle.Attempt guess = throttle.attempt(Throttle.key(Throttle.CODE_DEVICE, device.key()),
                Throttle.key(Throttle.JOIN_ADDRESS, address));
        if (guess.refused()) {
            return JoinTarget.refused(guess.retryAfter());
        }
        JoinTarget target = QuarkusTransaction.requiringNew().call(() -> JoinTarget.find(code, displayName, viewer,
                errors));
        if (target.classroom() != null) {
            throttle.forgive(guess);
        }
        return target;
    }

    /** 429 with Retry-After and the form as typed. */
    private static Response tooMany(Duration wait, String field, String why, Map<String, String> errors,
            Function<Map<String, String>, TemplateInstance> page, Device device) {
        errors.put(field, why + " Wait " + Throttle.inWords(wait) + ", or ask your teacher for help.");
        return device.remember(Response.status(429).header(HttpHeaders.RETRY_AFTER, Throttle.seconds(wait))
                .entity(page.apply(errors))).build();
    }

    private NewCookie revealCookie(Classroom classroom, String value, int maxAge) {
        return sessionCookie.shownOnce(REVEAL_COOKIE, value, "/welcome/" + classroom.id, maxAge);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static Response.ResponseBuilder seeOther(String path) {
        return Response.seeOther(URI.create(path));
    }
}
