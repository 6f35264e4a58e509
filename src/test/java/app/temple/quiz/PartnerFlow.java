package app.temple.quiz;

import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.mail.internal.Outbox;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member who took a quiz and created an invitation, and her partner in a browser of her own, over plain HTTP:
 * shared by the tests of the partner comparison that need the whole way there before they look at one thing.
 */
public final class PartnerFlow {

    private static final Pattern INVITE = Pattern.compile("value=\"https?://[^/]+(/partner/[A-Za-z0-9_-]+)\"");
    private static final Pattern OWN = Pattern.compile("href=\"(/partner/view/[A-Za-z0-9_-]+)\"");

    public final Visitor member;
    public final Visitor partner;
    final String slug;
    final String invitePath;
    final UUID id;

    private PartnerFlow(Visitor member, Visitor partner, String slug, String invitePath, UUID id) {
        this.member = member;
        this.partner = partner;
        this.slug = slug;
        this.invitePath = invitePath;
        this.id = id;
    }

    /** A new member takes {@code slug} with {@code choices} and invites her partner. */
    public static PartnerFlow invited(int port, Outbox outbox, JdbcClient jdbc, String slug, String... choices) {
        Visitor member = new TestMembers(port, outbox).signedIn(TestMembers.newAddress("partner"));
        String result = new QuizTaker(member).take(slug, choices).body();
        String invited = member.post("/quizzes/" + slug + "/partner", QuizTaker.hidden(result).toArray(String[]::new)).body();
        Matcher invite = INVITE.matcher(invited);
        assertThat(invite.find()).as(invited).isTrue();
        UUID id = jdbc.sql("select id from quiz_partner_link where invite_hash = encode(sha256(convert_to(?, 'UTF8')), 'hex')")
                .param(invite.group(1).substring("/partner/".length())).query(UUID.class).single();
        return new PartnerFlow(member, new Visitor(port), slug, invite.group(1), id);
    }

    String token() {
        return invitePath.substring("/partner/".length());
    }

    public String memberPage() {
        return "/account/quizzes/partners/" + id;
    }

    /** The partner opens the invitation and starts: the first screen of the invitation's quiz. */
    String start() {
        assertThat(partner.get(invitePath).statusCode()).isEqualTo(200);
        return partner.post(invitePath + "/start").body();
    }

    /** The partner answers every screen under the invitation's own quiz; returns the path of her own link. */
    public String finish(String... choices) {
        String screen = start();
        for (String choice : choices) {
            screen = answer(slug, screen, choice).body();
        }
        Matcher own = OWN.matcher(screen);
        assertThat(own.find()).as(screen).isTrue();
        return own.group(1);
    }

    /** One screen's post, with the fields it carries and the invitation's token, under {@code underSlug}'s address. */
    HttpResponse<String> answer(String underSlug, String screen, String choice) {
        List<String> fields = new ArrayList<>(QuizTaker.hidden(screen));
        fields.addAll(List.of("invite", token(), "choice", choice, "nav", "next"));
        return partner.post("/quizzes/" + underSlug + "/answer", fields.toArray(String[]::new));
    }

    /** Both choose to show the comparison. */
    public void revealBoth(String partnerPage) {
        member.get(memberPage());
        member.post(memberPage() + "/reveal");
        partner.get(partnerPage);
        partner.post(partnerPage + "/reveal");
    }
}
