package app.temple.operations.internal;

import app.temple.vault.Vault;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows of a grown platform, written straight into every module's tables the way a bulk load would: set-based
 * SQL ({@code generate_series}) for everything readable, JDBC batches for what is sealed. Sealed columns (quiz
 * results, reflections, booking notes) are sealed through the {@link Vault} for their member and field exactly as
 * the owning modules seal them, so the pages open them as they open any member's data and a dump shows no plaintext.
 * <p>
 * Grown members have addresses under {@code growth.invalid} and no password: nobody can sign in as one. Grown
 * practitioners are marked fictional. Growing twice is refused, so the counts stay what the benchmark says.
 */
@Component
class GrownData {

    static final String DOMAIN = "@growth.invalid";
    private static final int BATCH = 1000;

    /** How many rows of each kind to grow. */
    record Targets(int members, int articles, int quizResults, int bookings, int lessonProgress, int reflections,
                   int practitioners) {

        static Targets scaled(double scale) {
            return new Targets(n(10_000, scale), n(2_000, scale), n(100_000, scale), n(50_000, scale),
                    n(200_000, scale), n(20_000, scale), Math.max(2, n(22, scale)));
        }

        private static int n(int full, double scale) {
            return Math.max(1, (int) Math.round(full * scale));
        }
    }

    /** How many rows of each kind are there after growing (grown and starting content together, where they mix). */
    record Counts(long members, long articles, long quizResults, long bookings, long lessonProgress, long reflections) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final Vault vault;
    private final RandomGenerator random = RandomGenerator.of("L64X128MixRandom");

    GrownData(JdbcClient jdbc, JdbcTemplate batches, Vault vault) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.vault = vault;
    }

    Counts grow(Targets targets) {
        if (jdbc.sql("select count(*) from account_member where email_key like ?").param("%" + DOMAIN)
                .query(Long.class).single() > 0) {
            throw new IllegalStateException("This database was grown already; grow a fresh one");
        }
        List<UUID> members = members(targets.members());
        articles(targets.articles());
        quizResults(members, targets.quizResults());
        bookings(targets.bookings(), targets.practitioners());
        lessonProgress(targets.lessonProgress());
        reflections(targets.reflections());
        jdbc.sql("analyze").update();
        return counts();
    }

    Counts counts() {
        return new Counts(count("account_member"), count("journal_article"), count("quiz_result"), count("booking_booking"),
                count("course_progress"), count("course_reflection"));
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private List<UUID> members(int count) {
        jdbc.sql("""
                insert into account_member (member_id, email, email_key, display_name, locale, email_verified_at, created_at)
                select gen_random_uuid(), 'member' || n || :domain, 'member' || n || :domain, 'Member ' || n,
                       case when n % 3 = 0 then 'sv' else 'en' end,
                       now() - (n % 900) * interval '1 day', now() - (n % 900) * interval '1 day' - interval '5 minutes'
                from generate_series(1, :count) n
                """).param("domain", DOMAIN).param("count", count).update();
        jdbc.sql("insert into account_role (member_id, role) select member_id, 'MEMBER' from account_member where email_key like :like")
                .param("like", "%" + DOMAIN).update();
        // saved results are kept under this consent (quiz module's QuizResults.CONSENT)
        jdbc.sql("""
                insert into account_consent (member_id, purpose, given_at)
                select member_id, 'save-results', created_at from account_member where email_key like :like
                """).param("like", "%" + DOMAIN).update();
        return jdbc.sql("select member_id from account_member where email_key like ? order by email_key")
                .param("%" + DOMAIN).query(UUID.class).list();
    }

    /**
     * Articles copy the text of a published starting article under a new slug and title, so that each renders as a
     * real one does (front matter, citations, FAQ); a third are Swedish translations of the English ones before them.
     */
    private void articles(int count) {
        Map<String, Object> template = jdbc.sql("""
                select r.source, a.summary, a.body_text, a.author, a.tags, a.tag_slugs from journal_article a
                join content_revision r on r.id = a.current_revision
                where a.status = 'published' and a.language = 'en' order by a.slug limit 1
                """).query().singleRow();
        String source = (String) template.get("source");
        List<Object[]> articleRows = new ArrayList<>();
        List<Object[]> revisionRows = new ArrayList<>();
        Instant now = Instant.now();
        for (int n = 1; n <= count; n++) {
            boolean swedish = n % 3 == 0;
            String slug = "grown-" + Words.slug(n) + "-" + n;
            String original = swedish ? "grown-" + Words.slug(n - 1) + "-" + (n - 1) : null;
            String title = Words.title(n);
            UUID article = UUID.randomUUID();
            UUID revision = UUID.randomUUID();
            Instant published = now.minus(n % 1800, ChronoUnit.DAYS);
            String text = source.replaceFirst("(?m)^title:.*$", Matcher.quoteReplacement("title: \"" + title + "\""))
                    .replaceFirst("(?m)^slug:.*$", "slug: " + slug)
                    .replaceFirst("(?m)^language:.*$", swedish ? "language: sv\ntranslation-of: " + original : "language: en");
            articleRows.add(new Object[]{article, slug, swedish ? "sv" : "en", original, revision, title,
                    template.get("summary"), template.get("author"), template.get("tags"), template.get("tag_slugs"),
                    Timestamp.from(published), Words.paragraph(n) + "\n" + template.get("body_text"), Timestamp.from(published)});
            revisionRows.add(new Object[]{revision, article.toString(), text, Timestamp.from(published)});
        }
        batches.batchUpdate("""
                insert into content_revision (id, kind, document, number, source, origin, created_at)
                values (?, 'journal', ?, 1, ?, 'editor', ?)
                """, revisionRows, BATCH, (ps, row) -> set(ps, row));
        batches.batchUpdate("""
                insert into journal_article (id, slug, language, translation_of, status, current_revision, title, summary,
                                             author, tags, tag_slugs, published_on, body_text, changed_at)
                values (?, ?, ?, ?, 'published', ?, ?, ?, ?, ?, ?, cast(? as date), ?, ?)
                """, articleRows, BATCH, (ps, row) -> set(ps, row));
    }

    /** Saved results of the loaded quizzes, sealed for their member as the quiz module seals them (field quiz.result). */
    private void quizResults(List<UUID> members, int count) {
        List<Quiz> quizzes = jdbc.sql("""
                select distinct on (slug) slug, version, source from quiz_definition order by slug, version desc
                """).query((row, i) -> Quiz.of(row.getString("slug"), row.getInt("version"), row.getString("source"))).list();
        Instant now = Instant.now();
        List<Object[]> rows = new ArrayList<>(BATCH);
        for (int n = 0; n < count; n++) {
            UUID member = members.get(n % members.size());
            Quiz quiz = quizzes.get(random.nextInt(quizzes.size()));
            byte[] sealed = vault.sealText(member, "quiz.result", quiz.resultJson(random));
            rows.add(new Object[]{UUID.randomUUID(), member, quiz.slug(), quiz.version(),
                    Timestamp.from(now.minusSeconds(random.nextLong(86_400L * 700))), sealed, UUID.randomUUID()});
            if (rows.size() == BATCH || n == count - 1) {
                batches.batchUpdate("""
                        insert into quiz_result (id, member_id, quiz_slug, quiz_version, taken_at, sealed, origin)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """, rows, BATCH, (ps, row) -> set(ps, row));
                rows.clear();
            }
        }
    }

    /**
     * More practitioners (copies of a starting one, with her session types and hours), then every practitioner's
     * calendar: three sessions a day, each one's held time (session and buffers) clear of the next, from about two
     * years ago to two weeks ahead; one in ten cancelled, some no-shows. The exclusion constraint checks every row.
     */
    private void bookings(int count, int practitioners) {
        UUID template = jdbc.sql("select id from booking_practitioner order by slug limit 1").query(UUID.class).single();
        jdbc.sql("""
                insert into booking_practitioner (id, slug, kind, name, fictional, bio_en, bio_sv, approach_en, approach_sv,
                    credentials_en, credentials_sv, languages, time_zone, buffer_before_minutes, buffer_after_minutes,
                    minimum_notice_minutes, horizon_days, slot_step_minutes, active, updated_at)
                select gen_random_uuid(), 'grown-practitioner-' || n,
                       (array['trauma-informed-therapy', 'embodiment-teaching', 'mindset-coaching'])[1 + n % 3],
                       'Practitioner ' || n, true, bio_en, bio_sv, approach_en, approach_sv, credentials_en, credentials_sv,
                       languages, time_zone, buffer_before_minutes, buffer_after_minutes, minimum_notice_minutes,
                       horizon_days, slot_step_minutes, true, now()
                from booking_practitioner, generate_series(1, :count) n where id = :template
                """).param("count", practitioners).param("template", template).update();
        jdbc.sql("""
                insert into booking_session_type (id, practitioner_id, slug, name_en, name_sv, minutes, price_minor, currency,
                    cancellation_window_hours, position, active)
                select gen_random_uuid(), p.id, t.slug, t.name_en, t.name_sv, t.minutes, t.price_minor, t.currency,
                       t.cancellation_window_hours, t.position, t.active
                from booking_practitioner p, booking_session_type t
                where p.slug like 'grown-practitioner-%' and t.practitioner_id = :template
                """).param("template", template).update();
        jdbc.sql("""
                insert into booking_weekly_hours (practitioner_id, weekday, starts, ends)
                select p.id, h.weekday, h.starts, h.ends from booking_practitioner p, booking_weekly_hours h
                where p.slug like 'grown-practitioner-%' and h.practitioner_id = :template
                """).param("template", template).update();
        long all = jdbc.sql("select count(*) from booking_practitioner").query(Long.class).single();
        int each = (int) ((count + all - 1) / all);
        jdbc.sql("""
                with p as (
                    select p.id, p.buffer_before_minutes as before, p.buffer_after_minutes as after, t.id as type, t.minutes,
                           ceil((p.buffer_before_minutes + t.minutes + p.buffer_after_minutes) / 60.0) as hours
                    from booking_practitioner p
                    join lateral (select id, minutes from booking_session_type where practitioner_id = p.id and active
                                  order by position limit 1) t on true
                ),
                m as (select array_agg(member_id) as ids from account_member where email_key like :like),
                s as (
                    select p.*, i, date_trunc('day', now()) + ((i / 3) - (:each / 3) + 14) * interval '1 day'
                                   + (7 + (i % 3) * p.hours) * interval '1 hour' as starts
                    from p, generate_series(0, :each - 1) i
                ),
                b as (
                    select s.*, m.ids[1 + floor(random() * array_length(m.ids, 1))::int] as member,
                           case when i % 10 = 7 then 'cancelled'
                                when i % 25 = 3 and starts < now() then 'no-show' else 'confirmed' end as status
                    from s, m
                    limit :count
                )
                insert into booking_booking (id, practitioner_id, session_type_id, member_id, starts_at, ends_at, blocked_from,
                    blocked_until, status, ical_uid, video_token, idempotency_key, member_zone, language, cancelled_at,
                    cancelled_by, created_at, updated_at)
                select gen_random_uuid(), id, type, member, starts, starts + minutes * interval '1 minute',
                       starts - before * interval '1 minute', starts + (minutes + after) * interval '1 minute', status,
                       gen_random_uuid() || '@growth.invalid', replace(gen_random_uuid()::text, '-', ''),
                       gen_random_uuid()::text, 'Europe/Stockholm', case when i % 3 = 0 then 'sv' else 'en' end,
                       case when status = 'cancelled' then starts - interval '2 days' end,
                       case when status = 'cancelled' then 'member' end,
                       starts - interval '9 days', starts - interval '9 days'
                from b
                """).param("like", "%" + DOMAIN).param("each", each).param("count", count).update();
        // one in eight bookings carries her note to the practitioner, sealed as the booking module seals it
        List<Object[]> notes = jdbc.sql("""
                select id, member_id from booking_booking where member_id in
                    (select member_id from account_member where email_key like ?) and (id::text like '%0' or id::text like '%8')
                """).param("%" + DOMAIN).query((row, i) -> new Object[]{row.getObject("id", UUID.class), row.getObject("member_id", UUID.class)})
                .list();
        List<Object[]> sealed = new ArrayList<>(notes.size());
        for (Object[] note : notes) {
            sealed.add(new Object[]{vault.sealText((UUID) note[1], "booking.note", Words.sentence(random)), note[0]});
        }
        batches.batchUpdate("update booking_booking set note_sealed = ? where id = ?", sealed, BATCH, (ps, row) -> set(ps, row));
    }

    /** Lessons grown members marked done, chosen at random among every (member, lesson) pair, and where each was. */
    private void lessonProgress(int count) {
        jdbc.sql("""
                insert into course_progress (member_id, course_slug, lesson_id, done_at)
                select m.member_id, l.course_slug, l.lesson_id, now() - random() * interval '600 days'
                from account_member m, (select distinct course_slug, lesson_id from course_lesson) l
                where m.email_key like :like
                order by random() limit :count
                """).param("like", "%" + DOMAIN).param("count", count).update();
        jdbc.sql("""
                insert into course_last_opened (member_id, course_slug, lesson_id, opened_at)
                select distinct on (member_id, course_slug) member_id, course_slug, lesson_id, done_at from course_progress
                order by member_id, course_slug, done_at desc
                on conflict do nothing
                """).update();
    }

    /** Reflections on lessons they did, sealed for their member as the course module seals them (course.reflection). */
    private void reflections(int count) {
        List<Object[]> places = jdbc.sql("""
                select member_id, course_slug, lesson_id, done_at from course_progress
                where member_id in (select member_id from account_member where email_key like ?)
                order by random() limit ?
                """).params("%" + DOMAIN, count)
                .query((row, i) -> new Object[]{row.getObject("member_id", UUID.class), row.getString("course_slug"),
                        row.getString("lesson_id"), row.getTimestamp("done_at")}).list();
        List<Object[]> rows = new ArrayList<>(places.size());
        for (Object[] place : places) {
            UUID member = (UUID) place[0];
            rows.add(new Object[]{member, place[1], place[2],
                    vault.sealText(member, "course.reflection", Words.sentence(random) + " " + Words.sentence(random)), place[3]});
        }
        batches.batchUpdate("""
                insert into course_reflection (member_id, course_slug, lesson_id, sealed, updated_at) values (?, ?, ?, ?, ?)
                """, rows, BATCH, (ps, row) -> set(ps, row));
    }

    private static void set(java.sql.PreparedStatement statement, Object[] values) throws java.sql.SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value instanceof java.sql.Array || value instanceof String[]) {
                statement.setArray(i + 1, value instanceof String[] strings
                        ? statement.getConnection().createArrayOf("text", strings) : (java.sql.Array) value);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    /** A loaded quiz's dimensions, profiles and item count, read from its definition, to make a believable result. */
    record Quiz(String slug, int version, List<String> dimensions, List<String> profiles, int items) {

        private static final Pattern SECTION = Pattern.compile("(?ms)^%s:\\s*\\n(.*?)(?=^\\S|\\z)");
        private static final Pattern KEY = Pattern.compile("(?m)^  - key: *\"?([^\"\\s]+)");
        private static final Pattern ITEM = Pattern.compile("(?m)^  - ");

        static Quiz of(String slug, int version, String source) {
            return new Quiz(slug, version, keys(source, "dimensions"), keys(source, "profiles"),
                    Math.max(1, (int) ITEM.matcher(section(source, "items")).results().count()));
        }

        private static List<String> keys(String source, String section) {
            return KEY.matcher(section(source, section)).results().map(m -> m.group(1)).toList();
        }

        private static String section(String source, String name) {
            Matcher matcher = Pattern.compile(SECTION.pattern().formatted(Pattern.quote(name))).matcher(source);
            return matcher.find() ? matcher.group(1) : "";
        }

        /** The JSON the quiz module seals for a kept result: scores per dimension, profile, answers, relationship. */
        String resultJson(RandomGenerator random) {
            StringBuilder json = new StringBuilder("{\"scores\":{");
            for (int i = 0; i < dimensions.size(); i++) {
                json.append(i == 0 ? "" : ",").append('"').append(dimensions.get(i)).append("\":").append(random.nextInt(101));
            }
            json.append("},\"profile\":");
            json.append(profiles.isEmpty() ? "null" : "\"" + profiles.get(random.nextInt(profiles.size())) + "\"");
            StringBuilder answers = new StringBuilder();
            for (int i = 0; i < items; i++) {
                answers.append(1 + random.nextInt(5));
            }
            return json.append(",\"answers\":\"").append(answers).append(".\",\"relationship\":null}").toString();
        }
    }
}
