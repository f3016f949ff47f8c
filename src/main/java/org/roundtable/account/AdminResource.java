package org.roundtable.account;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jboss.resteasy.reactive.RestPath;
import org.roundtable.Plurals;
import org.roundtable.language.Messages;

import io.quarkus.logging.Log;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/**
 * The admin's list of teacher accounts: add a teacher with a one-time password, disable
 * and enable accounts, give a teacher who forgot theirs a new one-time password.
 */
@Path(AccountPaths.TEACHERS)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class AdminResource {

    /** The page's address as the tests know it. */
    static final String PATH = AccountPaths.TEACHERS;
    /** Carries a new one-time password to the next page view only; the server keeps just its hash. */
    static final String REVEAL_COOKIE = "rt_one_time";
    private static final Pattern REVEAL = Pattern.compile("(\\d{1,18})\\.([A-Za-z0-9]{4}(?:-[A-Za-z0-9]{4}){3})");
    private static final int REVEAL_SECONDS = 5 * 60;

    /** A one-time password being shown to the admin, with the account it opens. */
    public record OneTimePassword(Account account, String password) {
    }

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance teachers(List<Account> teachers, NewTeacherForm form, Map<String, String> errors,
                OneTimePassword oneTime, long selfId, Set<Long> paused);
    }

    private final AccountPages pages;

    AdminResource(AccountPages pages) {
        this.pages = pages;
    }

    @GET
    public Response list(@CookieParam(REVEAL_COOKIE) String reveal) {
        Response.ResponseBuilder response = Response.ok(page(new NewTeacherForm(), Map.of(), oneTime(reveal)))
                // Neither the back button nor a shared cache may show a one-time password again.
                .header("Cache-Control", "no-store");
        if (reveal != null) {
            response.cookie(revealCookie("", 0));
        }
        return response.build();
    }

    @POST
    @Transactional
    public Response create(@BeanParam NewTeacherForm form) {
        Map<String, String> errors = form.validate();
        if (!errors.isEmpty()) {
            return Response.status(400).entity(page(form, errors, null)).build();
        }
        String password = Passwords.generate();
        Account account = Account.newTeacher(form.cleanUsername(), form.cleanDisplayName(), password, false,
                pages.sessions().now());
        account.mustChangePassword = true;
        Log.infof("Admin %d created the teacher account '%s'", self(), account.username);
        return showOnce(account, password);
    }

    @POST
    @Path("{id}/disable")
    @Transactional
    public Response disable(@RestPath long id) {
        Account account = teacher(id);
        if (account.id == self()) {
            return refuse(Messages.now(AccountMsg.class).cannotDisableSelf());
        }
        account.disabled = true;
        long ended = UserSession.endAllFor(account);
        return done(account, "disabled", " and ended " + Plurals.of(ended, "session"));
    }

    @POST
    @Path("{id}/enable")
    @Transactional
    public Response enable(@RestPath long id) {
        Account account = teacher(id);
        account.disabled = false;
        return done(account, "enabled", "");
    }

    /**
     * Lifts a sign-in pause: wrong passwords typed from browsers the teacher never used stop
     * counting, so the teacher can sign in from a new computer at once.
     */
    @POST
    @Path("{id}/unpause")
    @Transactional
    public Response unpause(@RestPath long id) {
        Account account = teacher(id);
        pages.throttle().clear(Throttle.SIGN_IN_ACCOUNT, account.username.toLowerCase(Locale.ROOT));
        return done(account, "lifted the sign-in pause of", "");
    }

    @POST
    @Path("{id}/reset-password")
    @Transactional
    public Response resetPassword(@RestPath long id) {
        // Hashed before the first query: the transaction takes its connection only then.
        String password = Passwords.generate();
        String hash = Passwords.hash(password);
        Account account = teacher(id);
        if (account.id == self()) {
            return refuse(Messages.now(AccountMsg.class).changeOwnPassword());
        }
        account.passwordHash = hash;
        account.mustChangePassword = true;
        UserSession.endAllFor(account);
        Log.infof("Admin %d gave the teacher account '%s' a new one-time password", self(), account.username);
        return showOnce(account, password);
    }

    private TemplateInstance page(NewTeacherForm form, Map<String, String> errors, OneTimePassword oneTime) {
        List<Account> teachers = Account.listTeachers();
        Set<String> pausedNames = pages.throttle().overLimit(Throttle.SIGN_IN_ACCOUNT);
        Set<Long> paused = teachers.stream().filter(t -> pausedNames.contains(t.username.toLowerCase(Locale.ROOT)))
                .map(t -> t.id).collect(Collectors.toSet());
        return Templates.teachers(teachers, form, errors, oneTime, self(), paused);
    }

    /** Every action on a teacher leaves a log line naming the admin, then goes back to the list. */
    private Response done(Account account, String action, String detail) {
        Log.infof("Admin %d %s the teacher account '%s'%s", self(), action, account.username, detail);
        return Response.seeOther(URI.create(AccountPaths.TEACHERS)).build();
    }

    private Response refuse(String message) {
        return Response.status(400).entity(page(new NewTeacherForm(), Map.of("teachers", message), null)).build();
    }

    private Account teacher(long id) {
        Account account = Account.findById(id);
        if (account == null || !account.isTeacher()) {
            throw new NotFoundException();
        }
        return account;
    }

    private long self() {
        return pages.viewer().accountId();
    }

    private Response showOnce(Account account, String password) {
        return Response.seeOther(URI.create(AccountPaths.TEACHERS))
                .cookie(revealCookie(account.id + "." + password, REVEAL_SECONDS))
                .build();
    }

    /**
     * The password the cookie carries, but only while it still opens the account unchanged:
     * a cookie kept or replayed after the teacher chose their own (or got a newer one) shows nothing.
     */
    private static OneTimePassword oneTime(String reveal) {
        Matcher matcher = reveal == null ? null : REVEAL.matcher(reveal);
        if (matcher == null || !matcher.matches()) {
            return null;
        }
        Account account = Account.findById(Long.valueOf(matcher.group(1)));
        String password = matcher.group(2);
        boolean current = account != null && account.isTeacher() && account.mustChangePassword
                && Passwords.matches(password, account.passwordHash);
        return current ? new OneTimePassword(account, password) : null;
    }

    private NewCookie revealCookie(String value, int maxAge) {
        return pages.sessions().shownOnce(REVEAL_COOKIE, value, AccountPaths.TEACHERS, maxAge);
    }
}
