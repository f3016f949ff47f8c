package org.roundtable.bench.load;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A student's lesson: joins with the class code, reads the article, opens a discussion (and
 * its live stream), answers, then reloads and replies to classmates, now and then moving on
 * to the next question.
 */
final class Student extends Visitor {

    /** Students who have joined their class so far. */
    static final AtomicInteger JOINED = new AtomicInteger();

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final Pattern POST_ID = Pattern.compile("#post-(\\d+)");

    private final SchoolSeed.SchoolClass school;
    private final SchoolPlan plan;
    /** Answers written in the class so far, per discussion: what classmates reply to. */
    private final List<List<Long>> answers;
    private int discussion = -1;
    private String current;

    Student(Person person, SchoolSeed.SchoolClass school, List<List<Long>> answers, SchoolPlan plan,
            ScheduledExecutorService clock, Supplier<Recorder> recorder) {
        super(person, person.name.hashCode(), clock, recorder);
        this.school = school;
        this.answers = answers;
        this.plan = plan;
    }

    /** Arrives some time within the class's first minute, then joins with the real join form. */
    @Override
    void start() {
        at(random.nextInt(plan.arrivalSeconds() * 1000), this::openJoinForm);
    }

    private void openJoinForm() {
        page("/join?code=" + school.code(), true).thenAccept(html -> {
            if (html != null && token(html)) {
                joinForm(Map.of("code", school.code(), "name", person.name)).thenAccept(this::welcome);
            }
        });
    }

    /** Joined: the welcome page, the class home, then a moment before the article. */
    private void welcome(String welcome) {
        if (welcome != null) {
            JOINED.incrementAndGet();
            page(welcome, false).thenAccept(ok -> page(school.home(), false)
                    .thenAccept(home -> after(plan.readSeconds(), this::readArticle)));
        }
    }

    private void readArticle() {
        page(school.article(), false).thenAccept(ok -> after(plan.readSeconds() * 2, this::nextDiscussion));
    }

    /** Opens the next question's discussion, with its live stream, and writes an answer there. */
    private void nextDiscussion() {
        discussion++;
        current = school.discussion(discussion);
        page(current, true).thenAccept(html -> {
            if (html != null && token(html)) {
                watch(current + "/events");
                after(plan.writeSeconds(), () -> write(null));
            }
        });
    }

    /** An answer (no parent) or a reply; the browser follows the 303 back to the discussion. */
    private void write(Long parent) {
        form(current + "/posts", Person.postFields(parent, Texts.text(random, parent == null))).thenAccept(back -> {
            if (back == null) {
                return;
            }
            Matcher id = POST_ID.matcher(back);
            if (parent == null && id.find()) {
                answers.get(discussion % answers.size()).add(Long.parseLong(id.group(1)));
            }
            page(withoutFragment(back), false).thenAccept(ok -> after(plan.readSeconds(), this::next));
        });
    }

    /** Mostly reloads; sometimes replies to a classmate's answer; now and then moves on. */
    private void next() {
        double roll = random.nextDouble();
        List<Long> written = answers.get(discussion % answers.size());
        if (roll < plan.replyShare() && written.size() > 1) {
            Long parent = written.get(random.nextInt(written.size()));
            after(plan.writeSeconds(), () -> write(parent));
        } else if (roll < plan.replyShare() + plan.moveShare() && discussion + 1 < school.discussions().size()) {
            nextDiscussion();
        } else {
            page(current, false).thenAccept(ok -> after(plan.readSeconds(), this::next));
        }
    }

    private boolean token(String html) {
        Matcher token = CSRF.matcher(html);
        if (token.find()) {
            person.csrf = token.group(1);
            return true;
        }
        return false;
    }
}
