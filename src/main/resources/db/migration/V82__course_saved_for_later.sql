-- Lessons she chose to come back to later, from a content note: listed on the course page until she marks them done.
create table course_saved (
    member_id   uuid        not null,
    course_slug text        not null,
    lesson_id   text        not null,
    saved_at    timestamptz not null,
    primary key (member_id, course_slug, lesson_id)
);
