package org.roundtable.web;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.roundtable.StartupWrites;
import org.roundtable.account.Account;
import org.roundtable.account.AdminBootstrap;
import org.roundtable.article.Article;
import org.roundtable.article.ArticleLibrary;
import org.roundtable.article.Question;
import org.roundtable.classroom.Assignment;
import org.roundtable.classroom.Classroom;
import org.roundtable.classroom.JoinCodes;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * What a fresh database needs: the bundled article (loaded by slug, so every start is
 * idempotent) and, the first time, a demo class with all its questions assigned so a
 * newcomer can try everything at once.
 */
@ApplicationScoped
public class StartupData {

    static final String BUNDLED_ARTICLE = "/articles/istanbul-peace-talks.md";
    static final String DEMO_CLASS_NAME = "Demo class";

    private final Clock clock;
    private final Optional<String> demoClassCode;
    private final int slowModeSeconds;
    private final String publicUrl;

    StartupData(Clock clock, @ConfigProperty(name = "roundtable.demo-class-code") Optional<String> demoClassCode,
            @ConfigProperty(name = "roundtable.slow-mode-seconds") int slowModeSeconds,
            @ConfigProperty(name = "roundtable.public-url") String publicUrl) {
        this.clock = clock;
        this.demoClassCode = demoClassCode;
        this.slowModeSeconds = slowModeSeconds;
        this.publicUrl = publicUrl;
    }

    /**
     * Several instances may start at once on one database: the first to take the startup
     * lock creates the data; the others wait for it to commit, and find the data there.
     */
    void onStart(@Observes StartupEvent event, ArticleLibrary library, AdminBootstrap admins)
            throws InterruptedException {
        StartupWrites.run("the startup data", () -> initialise(library, admins));
    }

    private void initialise(ArticleLibrary library, AdminBootstrap admins) {
        Account admin = admins.ensureAdmin();
        Article article = library.loadBundled(BUNDLED_ARTICLE);
        if (Classroom.count() == 0) {
            createDemoClass(article, admin);
        }
        Classroom.listByName(DEMO_CLASS_NAME).stream().findFirst().ifPresent(demo -> Log.infof(
                "Demo class is open: students join at %s/join?code=%s with class code %s",
                publicUrl, demo.joinCode, demo.joinCode));
    }

    private void createDemoClass(Article article, Account admin) {
        String code = demoClassCode.map(JoinCodes::normalize).filter(c -> !c.isEmpty())
                .orElseGet(JoinCodes::newJoinCode);
        if (!JoinCodes.isWellFormedJoinCode(code)) {
            throw new IllegalStateException("ROUNDTABLE_DEMO_CLASS_CODE must be " + JoinCodes.JOIN_CODE_LENGTH
                    + " characters from " + JoinCodes.ALPHABET + " (no 0, O, 1, I or L); got '" + code + "'");
        }
        Classroom demo = Classroom.create(DEMO_CLASS_NAME, code, admin, slowModeSeconds, clock.instant());
        Assignment assignment = Assignment.create(demo, article, demo.createdAt);
        assignment.instructions = "Read the article, then answer each question in your own words. "
                + "Cite the section that supports your answer, and reply to at least one classmate.";
        List<Question> questions = Question.listFor(article);
        assignment.open(questions);
        Log.infof("Created the demo class with %d questions assigned", questions.size());
    }
}
