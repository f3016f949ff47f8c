package org.roundtable.classroom;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.jboss.resteasy.reactive.RestQuery;
import org.roundtable.account.AccountPages;
import org.roundtable.account.DeviceCookie.Device;
import org.roundtable.account.Passwords;
import org.roundtable.account.Throttle;
import org.roundtable.account.Viewer;
import org.roundtable.language.Messages;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.BeanParam;
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
 * briefly and gives it back, and no hashing happens while one is held. A join's new return
 * code is hashed after the join is answered ({@link ReturnCodeHashing}).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class JoinResource {

    /** Carries the new return code to the welcome page once, without storing it. */
    static final String REVEAL_COOKIE = "rt_reveal";

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance join(String code, String name, Map<String, String> errors);

        static native TemplateInstance signedIn(Classroom classroom, String code, String name, String signedInAs,
                Enrollment mine, boolean canJoinAsThem);

        static native TemplateInstance welcome(Classroom classroom, Enrollment enrollment, String returnCode);

        /** @param signedOut opened from a class link without a place in the class: the page says so first */
        static native TemplateInstance comeBack(String code, String name, boolean signedOut,
                Map<String, String> errors);
    }

    private final AccountPages pages;
    private final JoinGuard guard;
    private final ReturnCodeHashing hashing;

    JoinResource(AccountPages pages, JoinGuard guard, ReturnCodeHashing hashing) {
        this.pages = pages;
        this.guard = guard;
        this.hashing = hashing;
    }

    @GET
    @Path("join")
    public Response joinForm(@RestQuery String code, @Context HttpHeaders headers) {
        return blankForm(code, headers, typed -> Templates.join(typed, "", Map.of()));
    }

    @POST
    @Path("join")
    public Response join(@BeanParam JoinForm form, @Context HttpServerRequest request, @Context HttpHeaders headers) {
        Device device = pages.device(headers);
        Viewer viewer = pages.viewer();
        JoinPage page = new JoinPage(device, e -> Templates.join(form.typedCode(), form.typedName(), e));
        Map<String, String> errors = new LinkedHashMap<>();
        String displayName = form.displayName();
        JoinTarget target = guard.lookUp(form.code, displayName, viewer, device, Throttle.address(request), errors);
        if (target.refused()) {
            return page.tooMany(target.retryAfter(), "code", tooMany(), errors);
        }
        if (target.alreadyIn(displayName)) {
            return device.remember(seeOther(ClassroomPaths.studentHome(target.classroom()))).build();
        }
        form.validate(target, errors);
        if (!errors.isEmpty()) {
            return page.refused(errors);
        }
        if (form.mustAsk(viewer, target)) {
            return Response.ok(Templates.signedIn(target.classroom(), form.typedCode(), form.typedName(),
                    viewer.displayName(), target.mine(), target.canJoinAs(viewer))).build();
        }
        return enroll(target.classroom(), displayName, form.asNew(viewer) ? null : viewer, request, headers, page);
    }

    /** Enrolls a new student, or the signed-in one ({@code joiningAs}), and shows the return code once. */
    private Response enroll(Classroom classroom, String displayName, Viewer joiningAs, HttpServerRequest request,
            HttpHeaders headers, JoinPage page) {
        Throttle.Attempt joins = guard.join(page.device(), Throttle.address(request));
        if (joins.refused()) {
            return page.tooMany(joins.retryAfter(), "code", Messages.now(ClassroomMsg.class).tooManyJoins(),
                    new LinkedHashMap<>());
        }
        String returnCode = JoinCodes.newReturnCode();
        boolean later = hashing.hasRoom();
        String hash;
        try {
            hash = later ? null : Passwords.hashReturnCode(returnCode);
        } catch (Passwords.Busy busy) {
            guard.forgive(joins);
            return page.busy(busy, "name");
        }
        String previous = joiningAs == null ? pages.sessions().tokenIn(headers) : null;
        Long accountId = joiningAs == null ? null : joiningAs.accountId();
        Enrolling.Enrolled enrolled = QuarkusTransaction.requiringNew().call(
                () -> Enrolling.enroll(classroom.id, accountId, displayName, hash, previous, pages.sessions().now()));
        if (enrolled == null) {
            guard.forgive(joins);
            return page.refused(new LinkedHashMap<>(Map.of("name", DisplayNames.taken())));
        }
        if (later) {
            hashing.hashLater(enrolled.enrollmentId(), returnCode);
        }
        String token = joiningAs == null ? enrolled.token() : null;
        return page.device().remember(welcomed(classroom, returnCode, token, previous)).build();
    }

    /** To the welcome page, which shows the return code once; a new student also gets a session. */
    private Response.ResponseBuilder welcomed(Classroom classroom, String returnCode, String newSession,
            String previousSession) {
        Response.ResponseBuilder response = seeOther(ClassroomPaths.welcome(classroom))
                .cookie(revealCookie(classroom, returnCode, 15 * 60));
        if (newSession != null) {
            response.cookie(pages.sessions().cookieFor(newSession));
        }
        if (previousSession != null) {
            // Someone else was signed in here: their drafts go with them.
            response.header("Clear-Site-Data", "\"storage\"");
        }
        return response;
    }

    @GET
    @Path("welcome/{id}")
    public Response welcome(@PathParam("id") long id, @CookieParam(REVEAL_COOKIE) String returnCode) {
        Viewer viewer = pages.viewer();
        Classroom classroom = Classroom.findById(id);
        if (classroom == null || viewer == null) {
            throw new NotFoundException();
        }
        Enrollment enrollment = OwnedClass.student(classroom, viewer.accountId());
        boolean wellFormed = returnCode != null && returnCode.matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
        return Response.ok(Templates.welcome(classroom, enrollment, wellFormed ? returnCode : null))
                .cookie(revealCookie(classroom, "", 0))
                .build();
    }

    @GET
    @Path("return")
    public Response comeBackForm(@RestQuery String code, @RestQuery String signedOut, @Context HttpHeaders headers) {
        return blankForm(code, headers, typed -> Templates.comeBack(typed, "", signedOut != null, Map.of()));
    }

    /** A form opened from a link that may carry the class code ({@code ?code=}), filled in with it. */
    private Response blankForm(String code, HttpHeaders headers, Function<String, TemplateInstance> form) {
        TemplateInstance page = form.apply(code == null ? "" : JoinCodes.normalize(code));
        return pages.device(headers).remember(Response.ok(page)).build();
    }

    /** Wrong class codes count under the same limits as on joining; return codes under their own. */
    @POST
    @Path("return")
    public Response comeBack(@BeanParam ComeBackForm form, @Context HttpServerRequest request,
            @Context HttpHeaders headers) {
        JoinPage page = new JoinPage(pages.device(headers),
                e -> Templates.comeBack(form.typedCode(), form.typedName(), false, e));
        try (Passwords.Turn turn = Passwords.turn()) {
            return comeBack(form, Throttle.address(request), headers, page);
        } catch (Passwords.Busy busy) {
            return page.busy(busy, "returnCode");
        }
    }

    private Response comeBack(ComeBackForm form, String address, HttpHeaders headers, JoinPage page) {
        Device device = page.device();
        Map<String, String> errors = new LinkedHashMap<>();
        JoinTarget target = guard.lookUp(form.code, form.typedName(), null, device, address, errors);
        if (target.refused()) {
            return page.tooMany(target.retryAfter(), "code", tooMany(), errors);
        }
        Classroom classroom = target.classroom();
        if (classroom != null && classroom.archived) {
            errors.put("code", classroom.joiningClosedReason());
        }
        if (!errors.isEmpty()) { // no class behind the code (the lookup said why), or an archived one
            return page.refused(errors);
        }
        Throttle.Attempt attempt = guard.comeBack(classroom, form.name, address);
        if (attempt.refused()) {
            return page.tooMany(attempt.retryAfter(), "returnCode", tooMany(), errors);
        }
        if (!form.matches(target.named(), hashing)) {
            errors.put("returnCode", ComeBackForm.noMatch());
            return page.refused(errors);
        }
        guard.forgive(attempt);
        return signBackIn(target, headers, device);
    }

    private Response signBackIn(JoinTarget target, HttpHeaders headers, Device device) {
        String previous = pages.sessions().tokenIn(headers);
        long enrollmentId = target.named().id;
        String token = QuarkusTransaction.requiringNew()
                .call(() -> Enrolling.comeBack(enrollmentId, previous, pages.sessions().now()));
        return device.remember(seeOther(ClassroomPaths.studentHome(target.classroom()))
                .cookie(pages.sessions().cookieFor(token))).build();
    }

    private NewCookie revealCookie(Classroom classroom, String value, int maxAge) {
        return pages.sessions().shownOnce(REVEAL_COOKIE, value, ClassroomPaths.welcome(classroom), maxAge);
    }

    private static String tooMany() {
        return Messages.now(ClassroomMsg.class).tooManyAttempts();
    }

    private static Response.ResponseBuilder seeOther(String path) {
        return Response.seeOther(URI.create(path));
    }
}
